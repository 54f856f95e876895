import type { ApiEvent, ApiEvents, EventName, Method, Wire } from './api';
import { apiContract } from './api';
import { handlers } from './handlers';
import { AppError } from './model/errors';
import type { ParseWorkerScript } from './documents/parsePool';
import { setPdfjsAssets, type PdfjsAssets } from './import/formats/pdf';
import { Session } from './session';

/** What the desktop shell can do that a browser cannot (native dialogs). */
export interface HostDialogs {
  openProject(): Promise<string | null>;
  saveProject(defaultName: string): Promise<string | null>;
  importFiles(): Promise<string[]>;
}

export interface CoreOptions {
  /** Folder of drizzle-kit migrations (db/migrations in the repo, resources/migrations when packaged). */
  migrationsFolder: string;
  /** Folder holding the sample project's source files (resources/sample). */
  sampleFolder: string;
  /** Per-user folder for recent projects and machine settings. */
  userDataDir: string;
  dialogs?: HostDialogs;
  /** Path of a better-sqlite3 binary built for this runtime (the Electron ABI build); omitted under Node. */
  nativeBinding?: string;
  /** The import's worker-thread script; without it, imports parse on the calling thread. */
  parseWorker?: ParseWorkerScript;
  /** pdf.js's cmaps and standard_fonts folders when node_modules is not there (the desktop app's resources). */
  pdfjsAssets?: PdfjsAssets;
}

export interface Core {
  /** Validate the arguments, run the method, and answer with a Wire envelope; never throws. */
  handle(method: string, args: unknown): Promise<Wire<unknown>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** The open project's file, if any (for the shell's window title and the CLI). */
  readonly session: Session;
  close(): void;
}

function isMethod(name: string): name is Method {
  return Object.hasOwn(apiContract, name);
}

function toWireError(e: unknown): Wire<never> {
  if (e instanceof AppError) {
    return { ok: false, error: { code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) } };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { ok: false, error: { code: 'internal', message: `Something went wrong inside Coherence: ${message}` } };
}

export function createCore(options: CoreOptions): Core {
  const listeners = new Set<(event: ApiEvent) => void>();
  const send = <N extends EventName>(name: N, payload: ApiEvents[N]) => {
    for (const listener of listeners) listener({ name, payload } as ApiEvent);
  };
  const session = new Session(options, send);
  // Before any import, so the import's worker threads inherit the folders too.
  if (options.pdfjsAssets) setPdfjsAssets(options.pdfjsAssets);

  return {
    session,
    async handle(method, args) {
      if (!isMethod(method)) {
        return { ok: false, error: { code: 'unknown-method', message: `Coherence has no method "${method}".` } };
      }
      const parsed = apiContract[method].args.safeParse(args ?? {});
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
        return {
          ok: false,
          error: { code: 'invalid-args', message: `${method}: ${problems.join('; ')}`, details: parsed.error.issues },
        };
      }
      try {
        const handler = handlers[method] as (a: unknown, s: Session) => unknown;
        const value = await handler(parsed.data, session);
        return { ok: true, value: value ?? null };
      } catch (e) {
        return toWireError(e);
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      session.dispose();
      listeners.clear();
    },
  };
}
