import type { ApiEvents, EventName } from './api';
import type { CoreOptions } from './createCore';
import { AppError } from './model/errors';
import { createProjectFile, openProjectFile, type ProjectFile } from '../db/projectFile';
import { ensureHistoryTriggers } from './history/historyTriggers';
import { Operations } from './operations';
import { createParsePool, type ParsePool } from './documents/parsePool';

/**
 * What one running core holds: its options, the open project (at most one) and the way back
 * to clients (events). Handlers receive it; nothing else keeps state.
 */
export class Session {
  private current: ProjectFile | null = null;
  /** Long-running work that can be cancelled. */
  readonly operations = new Operations();

  constructor(
    readonly options: CoreOptions,
    private readonly send: <N extends EventName>(name: N, payload: ApiEvents[N]) => void,
  ) {}

  emit<N extends EventName>(name: N, payload: ApiEvents[N]): void {
    this.send(name, payload);
  }

  /** The open project; the method fails with a plain message when there is none. */
  get project(): ProjectFile {
    if (!this.current) throw new AppError('no-project', 'No project is open. Create or open a project first.');
    return this.current;
  }

  get hasProject(): boolean {
    return this.current !== null;
  }

  open(file: string): ProjectFile {
    const next = openProjectFile(file, this.fileOptions());
    ensureHistoryTriggers(next.sqlite);
    this.replace(next);
    return next;
  }

  create(file: string): ProjectFile {
    const next = createProjectFile(file, this.fileOptions());
    ensureHistoryTriggers(next.sqlite);
    this.replace(next);
    return next;
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }

  private pool: ParsePool | null = null;

  /** Where imports parse files: a worker thread when the host provides its script. */
  get parsePool(): ParsePool {
    this.pool ??= createParsePool(this.options.parseWorker);
    return this.pool;
  }

  /** Stop everything the session started (the core is shutting down). */
  dispose(): void {
    this.close();
    this.pool?.close();
    this.pool = null;
  }

  private replace(next: ProjectFile): void {
    if (this.current && this.current.path !== next.path) this.current.close();
    this.current = next;
  }

  private fileOptions() {
    return { migrationsFolder: this.options.migrationsFolder, nativeBinding: this.options.nativeBinding };
  }
}
