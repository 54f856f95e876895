/**
 * THE contract between clients (the UI through IPC or HTTP, the CLI, tests) and the core.
 *
 * Each domain declares its methods in core/contract/<domain>.ts as name -> (zod schema of the
 * arguments, result type); this file joins them. The core implements every method (the
 * compiler checks the handler map against `Method`), validates arguments here at the
 * boundary, and answers with a Wire envelope whose error code survives any transport.
 * Browser-safe: the renderer imports its types.
 */
import type { z } from 'zod';
import type { ErrorCode } from './model/errors';
import type { HistoryEntry, ProjectInfo } from './model/types';
import { agreementContract } from './contract/agreement';
import { codebookContract } from './contract/codebook';
import { codersContract } from './contract/coders';
import { codingContract } from './contract/coding';
import { documentsContract } from './contract/documents';
import { exchangeContract } from './contract/exchange';
import { frameworkContract } from './contract/framework';
import type { MethodSpec } from './contract/method';
import { memosContract } from './contract/memos';
import { participantsContract } from './contract/participants';
import { projectContract } from './contract/project';
import { realistContract } from './contract/realist';
import { searchContract } from './contract/search';

export const apiContract = {
  ...projectContract,
  ...documentsContract,
  ...codebookContract,
  ...codersContract,
  ...codingContract,
  ...participantsContract,
  ...searchContract,
  ...memosContract,
  ...agreementContract,
  ...frameworkContract,
  ...realistContract,
  ...exchangeContract,
};

export type Contract = typeof apiContract;
export type Method = keyof Contract;
/** Arguments as a caller writes them (defaults may be left out). */
export type Args<M extends Method> = z.input<Contract[M]['args']>;
/** Arguments as a handler receives them, after validation and defaults. */
export type ValidArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export type Wire<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: ErrorCode; message: string; details?: unknown } };

/** Events the core pushes to every connected client. */
export interface ApiEvents {
  'project.changed': { project: ProjectInfo | null };
  'documents.changed': Record<string, never>;
  'codes.changed': Record<string, never>;
  'coders.changed': Record<string, never>;
  'codings.changed': { documentId: number | null };
  'participants.changed': Record<string, never>;
  'attributes.changed': Record<string, never>;
  'sets.changed': Record<string, never>;
  'memos.changed': Record<string, never>;
  'assignments.changed': Record<string, never>;
  'matrices.changed': { matrixId: number | null };
  'realist.changed': Record<string, never>;
  /** Undo or redo happened: anything may have changed. */
  'history.changed': { entry: HistoryEntry | null };
  /** Progress of a long operation the client started with an operationId. */
  'operation.progress': { operationId: string; done: number; total: number; label: string };
  'menu.command': MenuCommand;
}

export type EventName = keyof ApiEvents;

export interface ApiEvent<N extends EventName = EventName> {
  name: N;
  payload: ApiEvents[N];
}

/**
 * What the desktop shell's preload exposes as `window.coherence`, and all it exposes:
 * one call and one event subscription (Electron security checklist item 20).
 */
export interface CoherenceBridge {
  invoke(method: string, args: unknown): Promise<Wire<unknown>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

/** Menu items that need the UI arrive as a `menu.command` event. */
export type MenuCommand = 'new-project' | 'open-project' | 'open-sample' | 'import' | 'undo' | 'redo';
