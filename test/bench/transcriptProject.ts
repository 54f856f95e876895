/**
 * The coding workspace's benchmark material, built through the core as a researcher's would
 * be: one long interview (real podcast transcripts from the corpus, with speaker labels, cut at
 * 20,000 words), a codebook of 30 codes in three frameworks, three coders, and 1,500 codings:
 * 500 passages each coded by all three coders, with the boundaries and sometimes the code
 * differing between them, so the codings overlap the way double-coding does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { countWords } from '../../core/documents/wordCount';
import type { Code } from '../../core/model/types';
import { corpusPath } from '../support/paths';
import type { TestCore } from '../support/testCore';

export const targetWords = 20_000;
export const passages = 500;

/** Whole paragraphs of the Brain Science transcripts, until there are `words` words (counted as the core does). */
export function longInterview(words = targetWords): string {
  const folder = corpusPath('transcripts-txt', 'changelog', 'brainscience');
  const paragraphs: string[] = [];
  let count = 0;
  for (const file of readdirSync(folder).sort()) {
    for (const paragraph of readFileSync(path.join(folder, file), 'utf8').replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
      paragraphs.push(paragraph);
      count += countWords(paragraph);
      if (count >= words) return paragraphs.join('\n\n');
    }
  }
  return paragraphs.join('\n\n');
}

/** A small deterministic random source, so every run codes the same passages. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 16807) % 2147483647;
    return s % n;
  };
}

export interface TranscriptProject {
  documentId: number;
  words: number;
  codings: number;
  codes: Code[];
  coderIds: number[];
}

/** Create the benchmark project in the open core (a project must be open). */
export async function buildTranscriptProject(t: TestCore): Promise<TranscriptProject> {
  const text = longInterview();
  const [imported] = await t.call('documents.import', { files: [{ name: 'long-interview.md', base64: Buffer.from(text).toString('base64') }] });
  if (!imported?.documentId) throw new Error(`The benchmark transcript did not import: ${imported?.reason ?? 'no result'}`);
  const documentId = imported.documentId;
  const doc = await t.call('documents.get', { documentId });

  const coderIds: number[] = [];
  for (const [name, initials] of [['Sam Okoro', 'SO'], ['Emma Wright', 'EW'], ['Jamal Chaudhry', 'JC']] as const) {
    coderIds.push((await t.call('coders.create', { name, initials })).id);
  }
  const codes: Code[] = [];
  for (const framework of ['Collaborative care', 'Salutogenesis', 'Realist']) {
    const parent = await t.call('codes.create', { name: framework });
    for (let i = 1; i <= 10; i++) codes.push(await t.call('codes.create', { name: `${framework} theme ${i}`, parentId: parent.id }));
  }

  // Word boundaries of the stored text, to cut passages on words as coders do.
  const words = [...doc.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const pick = random(20_000);
  let made = 0;
  for (let p = 0; p < passages; p++) {
    const first = pick(words.length - 100);
    const length = 8 + pick(70);
    const code = codes[pick(codes.length)]!;
    for (const [k, coderId] of coderIds.entries()) {
      const shift = k === 0 ? 0 : pick(9) - 4;
      const from = words[Math.max(0, first + shift)]!;
      const to = words[Math.min(words.length - 1, first + shift + length + (k === 0 ? 0 : pick(7) - 3))]!;
      // Two coders in three agree on the code; the third sometimes chooses another.
      const chosen = k === 2 && pick(10) < 3 ? codes[pick(codes.length)]! : code;
      await t.call('codings.create', { documentId, codeId: chosen.id, coderId, start: from.start, end: Math.max(from.start + 1, to.end) });
      made++;
    }
  }
  return { documentId, words: doc.words, codings: made, codes, coderIds };
}
