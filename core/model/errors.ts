/**
 * Errors that reach a researcher. Every failure the core reports carries a stable code (for
 * programs and tests) and a message written for a person ("interview-03.docx is not a Word
 * document (it looks like a PDF)"). Codes cross every transport as data, because Electron's
 * IPC keeps only an Error's message.
 */
export type ErrorCode =
  | 'invalid-args'
  | 'unknown-method'
  | 'no-project'
  | 'not-a-project'
  | 'project-too-new'
  | 'project-corrupt'
  | 'read-only'
  | 'file-not-found'
  | 'not-found'
  | 'conflict'
  | 'unsupported'
  | 'unsupported-format'
  | 'bad-file'
  | 'file-too-large'
  | 'unsafe-file'
  | 'cancelled'
  | 'unauthorized'
  | 'internal';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Optional structured detail (for example the line numbers of a CSV file's errors). */
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
