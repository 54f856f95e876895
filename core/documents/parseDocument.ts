import path from 'node:path';
import { AppError } from '../model/errors';
import { normaliseText } from '../model/offsets';

export interface ParsedText {
  text: string;
  format: string;
}

/** Foundation reader: UTF-8 plain text. The import issue replaces this with every format. */
export async function parseDocument(name: string, bytes: Uint8Array): Promise<ParsedText> {
  const ext = path.extname(name).toLowerCase();
  if (ext !== '.txt' && ext !== '.md') {
    throw new AppError('unsupported-format', `${name}: only plain-text (.txt, .md) files can be imported so far.`);
  }
  if (bytes.length === 0) throw new AppError('bad-file', `${name} is empty.`);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('bad-file', `${name} is not UTF-8 text.`);
  }
  return { text: normaliseText(raw), format: ext.slice(1) };
}
