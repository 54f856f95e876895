import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseFile, type ParseJob, type ParsedFile } from './parseFile';

/**
 * Where the import's parsing runs. With a worker script it runs on a second thread, so reading
 * and understanding the next files overlaps with writing the last ones; without one (or if the
 * thread cannot start) it runs here. The results are the same either way.
 */
export interface ParseWorkerScript {
  /** A script Node can run in a worker, or a TypeScript file to run through tsx. */
  path: string;
  viaTsx?: boolean;
}

export interface ParsePool {
  parse(job: ParseJob): Promise<ParsedFile>;
  close(): void;
}

/** Parsing on the calling thread: for a few files, starting a thread would cost more than it saves. */
export const inProcessPool: ParsePool = { parse: parseFile, close: () => undefined };

function startWorker(script: ParseWorkerScript): Worker {
  if (!script.viaTsx) return new Worker(script.path);
  // Node does not pass --import to workers, so the worker registers tsx itself.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(script.path).href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export function createParsePool(script: ParseWorkerScript | undefined): ParsePool {
  if (!script) return inProcessPool;
  let worker: Worker;
  try {
    worker = startWorker(script);
  } catch {
    return inProcessPool;
  }
  worker.unref();
  let next = 0;
  let broken = false;
  const waiting = new Map<number, { job: ParseJob; resolve: (r: ParsedFile) => void }>();
  const fallBack = () => {
    // A worker that dies mid-import: finish its jobs here rather than fail them.
    broken = true;
    for (const [, w] of waiting) void parseFile(w.job).then(w.resolve);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; result: ParsedFile }) => {
    waiting.get(m.id)?.resolve(m.result);
    waiting.delete(m.id);
    if (waiting.size === 0) worker.unref();
  });
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    parse(job) {
      if (broken) return parseFile(job);
      return new Promise((resolve) => {
        const id = next++;
        waiting.set(id, { job, resolve });
        worker.ref();
        worker.postMessage({ id, job });
      });
    },
    close() {
      broken = true;
      void worker.terminate();
    },
  };
}
