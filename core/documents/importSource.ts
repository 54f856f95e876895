import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../model/errors';
import type { ImportSource } from '../model/types';

/** Files larger than this are refused before their content is read. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export function sourceName(source: ImportSource): string {
  return 'path' in source ? path.basename(source.path) : source.name;
}

/** The bytes of a file to import, or a plain-language reason why they cannot be had. */
export function loadImportSource(source: ImportSource): { name: string; bytes: Uint8Array } {
  const name = sourceName(source);
  if (!('path' in source)) {
    const bytes = Buffer.from(source.base64, 'base64');
    if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(name, bytes.length);
    return { name, bytes };
  }
  let size: number;
  try {
    const stat = statSync(source.path);
    if (stat.isDirectory()) throw new AppError('bad-file', `${name} is a folder; choose the files inside it.`);
    size = stat.size;
  } catch (e) {
    throw describeFsError(e, name);
  }
  if (size > MAX_IMPORT_BYTES) throw tooLarge(name, size);
  try {
    return { name, bytes: readFileSync(source.path) };
  } catch (e) {
    throw describeFsError(e, name);
  }
}

function tooLarge(name: string, size: number): AppError {
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return new AppError('file-too-large', `${name} is ${mb(size)}; Coherence imports transcripts up to ${mb(MAX_IMPORT_BYTES)}.`);
}

function describeFsError(e: unknown, name: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return new AppError('file-not-found', `${name} does not exist.`);
  if (code === 'EACCES' || code === 'EPERM') return new AppError('bad-file', `${name} cannot be read: permission denied.`);
  return new AppError('bad-file', `${name} cannot be read (${e instanceof Error ? e.message : String(e)}).`);
}
