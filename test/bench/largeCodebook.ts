/**
 * A codebook of 2,000 codes for the palette benchmark: 40 groups of 49 codes, named and
 * described with words from real transcripts in the corpus (so the vocabulary is as varied as a
 * real codebook's), in the shape codes.list answers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from '../../core/model/types';
import { corpusPath } from '../support/paths';

export const codebookSize = 2_000;

function vocabulary(): string[] {
  const folder = corpusPath('transcripts-txt', 'changelog', 'brainscience');
  const text = readdirSync(folder)
    .sort()
    .slice(0, 6)
    .map((f) => readFileSync(path.join(folder, f), 'utf8'))
    .join(' ');
  return [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
}

export interface PlannedCode {
  name: string;
  description: string;
  /** Index of the parent in the list, or null for a group. */
  parent: number | null;
}

/** The codebook as a list, parents before their children. */
export function planCodebook(size = codebookSize): PlannedCode[] {
  const words = vocabulary();
  let s = 7;
  const pick = () => words[(s = (s * 16807) % 2147483647) % words.length]!;
  const title = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const groups = 40;
  const planned: PlannedCode[] = [];
  for (let g = 0; g < groups && planned.length < size; g++) {
    const group = planned.length;
    planned.push({ name: `${title(pick())} and ${pick()}`, description: Array.from({ length: 12 }, pick).join(' '), parent: null });
    for (let c = 0; c < size / groups - 1 && planned.length < size; c++) {
      planned.push({ name: `${title(pick())} ${pick()}`, description: Array.from({ length: 12 + (c % 18) }, pick).join(' '), parent: group });
    }
  }
  return planned;
}

/** The planned codebook as Code records (ids from 1, paths joined with '/'). */
export function largeCodebook(size = codebookSize): Code[] {
  const planned = planCodebook(size);
  return planned.map((p, i) => {
    const parent = p.parent === null ? null : planned[p.parent]!;
    // Only what the palette reads; the codebook's other fields are left out.
    return {
      id: i + 1,
      parentId: p.parent === null ? null : p.parent + 1,
      name: p.name,
      colour: '#9ec1cf',
      description: p.description,
      sortOrder: i,
      path: parent ? `${parent.name}/${p.name}` : p.name,
    } as Code;
  });
}

/** What a coder types, letter by letter, to find codes in the palette. */
export function typedQueries(codes: readonly Code[]): string[] {
  const sample = (i: number) => codes[i]!.name.toLowerCase();
  const typo = (w: string) => (w.length > 5 ? w.slice(0, 2) + w[3] + w[2] + w.slice(4) : w);
  return [sample(11), sample(503).split(' ')[0]!, `${codes[0]!.name.split(' ')[0]!.toLowerCase()}/${sample(1).slice(0, 4)}`, typo(sample(1207)), sample(1999)];
}
