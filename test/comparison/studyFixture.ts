/**
 * A small double-coded study on real transcripts (four ACI-BENCH clinic visits), built through
 * the core: coders SO, EW and JC, codes Symptoms, Medication, Trust/Reassurance and a code
 * nobody uses. Each coder codes the lines that match a code's words, in their own way, so
 * the coders agree on much and differ on some; the codings are returned for the oracle.
 */
import { readFileSync } from 'node:fs';
import { corpusPath } from '../support/paths';
import { testCore, type TestCore } from '../support/testCore';
import type { Span } from './characterOracle';

export const DOCUMENTS = ['D2N068', 'D2N069', 'D2N070', 'D2N071'];
export const CODERS = [
  { initials: 'SO', name: 'Sam Okoro' },
  { initials: 'EW', name: 'Emma Walsh' },
  { initials: 'JC', name: 'Jo Chen' },
];
export const CODES = ['Symptoms', 'Medication', 'Trust/Reassurance', 'Not used'];

const WORDS: Record<string, RegExp> = {
  Symptoms: /pain|hurt|feel|tired|swelling|cough|short of breath/i,
  Medication: /medication|mg|pill|dose|prescri|lisinopril|metformin|inhaler/i,
  'Trust/Reassurance': /okay|alright|do n't worry|good|great/i,
};

export interface FixtureCoding extends Span {
  document: string;
  coder: string;
  code: string;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const linesOf = (text: string): Line[] => {
  let at = 0;
  return text.split('\n').map((line) => {
    const out = { start: at, end: at + line.length, text: line };
    at += line.length + 1;
    return out;
  });
};

/**
 * Who codes what. SO codes every matching line whole; EW skips the speaker tag and every
 * third match; JC also codes the line after each match, and codes only the first two
 * transcripts (so with no completion marks, JC counts for those two only).
 */
export function fixtureCodings(texts: ReadonlyMap<string, string>): FixtureCoding[] {
  const out: FixtureCoding[] = [];
  for (const document of DOCUMENTS) {
    const lines = linesOf(texts.get(document)!);
    for (const [code, words] of Object.entries(WORDS)) {
      const matches = lines.map((l, i) => [l, i] as const).filter(([l]) => words.test(l.text) && l.end > l.start);
      matches.forEach(([line, i], k) => {
        out.push({ document, coder: 'SO', code, start: line.start, end: line.end });
        const tag = line.text.indexOf('] ');
        if (k % 3 !== 2) out.push({ document, coder: 'EW', code, start: line.start + (tag >= 0 ? tag + 2 : 0), end: line.end });
        if (DOCUMENTS.indexOf(document) < 2) {
          const next = lines[i + 1];
          out.push({ document, coder: 'JC', code, start: line.start, end: next && next.end > next.start ? next.end : line.end });
        }
      });
    }
  }
  return out;
}

export interface Study {
  t: TestCore;
  file: string;
  texts: Map<string, string>;
  documentIds: Map<string, number>;
  coderIds: Map<string, number>;
  codeIds: Map<string, number>;
  codings: FixtureCoding[];
  /** The fixture's spans of one code by one coder in one document. */
  spans(document: string, coder: string, code: string): Span[];
}

export async function buildStudy(): Promise<Study> {
  const t = testCore();
  const file = `${t.dir}/double-coding.coherence`;
  await t.call('project.create', { path: file });
  const paths = DOCUMENTS.map((d) => corpusPath('transcripts-txt', 'aci-bench', 'valid-dialogues', `${d}.txt`));
  const imported = await t.call('documents.import', { files: paths.map((path) => ({ path })) });
  const documentIds = new Map(imported.map((r) => [r.title!, r.documentId!]));
  const texts = new Map<string, string>();
  for (const [title, id] of documentIds) texts.set(title, (await t.call('documents.get', { documentId: id })).text);
  const coderIds = new Map<string, number>();
  for (const c of CODERS) coderIds.set(c.initials, (await t.call('coders.create', c)).id);
  const codeIds = new Map<string, number>();
  for (const path of CODES) {
    const [parent, child] = path.split('/');
    const parentId = codeIds.get(parent!) ?? (await t.call('codes.create', { name: parent! })).id;
    codeIds.set(parent!, parentId);
    if (child) codeIds.set(path, (await t.call('codes.create', { name: child, parentId })).id);
  }
  const codings = fixtureCodings(texts);
  for (const c of codings) {
    await t.call('codings.create', { documentId: documentIds.get(c.document)!, coderId: coderIds.get(c.coder)!, codeId: codeIds.get(c.code)!, start: c.start, end: c.end });
  }
  return {
    t,
    file,
    texts,
    documentIds,
    coderIds,
    codeIds,
    codings,
    spans: (document, coder, code) => codings.filter((c) => c.document === document && c.coder === coder && c.code === code),
  };
}

/** The first words of a transcript as stored, to show the fixture is the real file. */
export const firstLine = (document: string) =>
  readFileSync(corpusPath('transcripts-txt', 'aci-bench', 'valid-dialogues', `${document}.txt`), 'utf8').split('\n')[0]!;
