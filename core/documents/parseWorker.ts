import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseJob } from './parseFile';

/** The import's worker thread: parse jobs in, parsed files out (in the order they came). */
parentPort?.on('message', (message: { id: number; job: ParseJob }) => {
  // The text's bytes are transferred (they were made for it); the original bytes are copied,
  // because a small Buffer may share its memory with Node's buffer pool.
  void parseFile(message.job).then((result) =>
    parentPort?.postMessage({ id: message.id, result }, result.ok ? [result.text.buffer as ArrayBuffer] : []),
  );
});
