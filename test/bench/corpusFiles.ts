import { readdirSync } from 'node:fs';
import path from 'node:path';
import { corpusPath } from '../support/paths';

/** The large corpus's transcripts (557 Markdown files), in a stable order; the first `n` if given. */
export function largeCorpusFiles(n = Infinity): string[] {
  const root = corpusPath('large', 'changelog');
  const files: string[] = [];
  for (const show of readdirSync(root).sort()) {
    for (const f of readdirSync(path.join(root, show)).sort()) if (f.endsWith('.md')) files.push(path.join(root, show, f));
  }
  return files.slice(0, n);
}
