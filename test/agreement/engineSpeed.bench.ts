/**
 * Speed check for the agreement engine (not a test: run it by hand).
 *
 *   npx tsx test/agreement/engineSpeed.bench.ts
 *
 * Scenario from the brief: 35 documents (about 2 million characters) × 3 coders × 50 codes,
 * 15,000 codings. Targets: the full report without bootstrap well under 100 ms, and the same
 * codings on text 10× longer at most 2× slower (the character path must not depend on the
 * text's length).
 */
import type { AgreementInput, ComparisonCoding } from '../../core/agreement';
import { compareCoding, mulberry32 } from '../../core/agreement';

const DOCUMENTS = 35;
const CHARACTERS = 2_000_000;
const CODES = 50;
const CODERS = ['SO', 'EW', 'JC'];
const CODINGS = 15_000;

function scenario(stretch: number): AgreementInput {
  const random = mulberry32(2024);
  const length = Math.round(CHARACTERS / DOCUMENTS);
  const documents = Array.from({ length: DOCUMENTS }, (_x, i) => ({
    id: i + 1,
    title: `Transcript ${i + 1}`,
    length: length * stretch,
    completedBy: CODERS,
  }));
  const codings: ComparisonCoding[] = [];
  // Each "passage" is coded by all three coders with jittered boundaries (5,000 passages × 3 coders).
  while (codings.length < CODINGS) {
    const documentId = 1 + Math.floor(random() * DOCUMENTS);
    const codeId = 1 + Math.floor(random() * CODES);
    const start = Math.floor(random() * (length - 2000));
    const end = start + 50 + Math.floor(random() * 1500);
    for (const coderId of CODERS) {
      if (codings.length >= CODINGS) break;
      const s = Math.max(0, start + Math.floor(random() * 60) - 30);
      const e = Math.max(s + 1, end + Math.floor(random() * 60) - 30);
      codings.push({ documentId, codeId, coderId, start: s, end: e });
    }
  }
  return {
    documents,
    coders: CODERS.map((id) => ({ id, label: id })),
    codes: Array.from({ length: CODES }, (_x, i) => ({ id: i + 1, path: `Theme ${Math.floor(i / 10) + 1}/Code ${i + 1}` })),
    codings,
    options: { bootstrap: false },
  };
}

function summary(label: string, times: number[]): number {
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1]!;
  console.log(`${label.padEnd(48)} median ${median.toFixed(1)} ms   (min ${times[0]!.toFixed(1)}, max ${times[times.length - 1]!.toFixed(1)}, ${times.length} runs)`);
  return median;
}

/** Median time of several inputs, run in turn (interleaved so JIT warm-up and GC hit all alike). */
function timeTogether(entries: [string, AgreementInput][], runs: number): number[] {
  for (let i = 0; i < 5; i++) for (const [, input] of entries) compareCoding(input);
  const times = entries.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    entries.forEach(([, input], i) => {
      const t = performance.now();
      compareCoding(input);
      times[i]!.push(performance.now() - t);
    });
  }
  return entries.map(([label], i) => summary(label, times[i]!));
}

const time = (label: string, input: AgreementInput, runs: number) => timeTogether([[label, input]], runs)[0]!;

const base = scenario(1);
const chars = base.documents.reduce((s, d) => s + d.length, 0);
console.log(`${DOCUMENTS} documents, ${chars.toLocaleString('en-GB')} characters, ${CODERS.length} coders, ${CODES} codes, ${base.codings.length.toLocaleString('en-GB')} codings`);
const report = compareCoding(base);
console.log(`pooled alpha ${report.pooled.alpha?.toFixed(4)}; first code alpha ${report.codes[0]!.alpha?.toFixed(4)}`);

const [t1, t10] = timeTogether(
  [
    ['report, character unit, no bootstrap', base],
    ['same codings, text 10× longer', scenario(10)],
  ],
  40,
) as [number, number];
console.log(`ratio 10× text / 1× text: ${(t10 / t1).toFixed(2)}`);
time('report with bootstrap (2,000 resamples)', { ...base, options: {} }, 10);
time('report with 1995/2004 unitizing alpha', { ...base, options: { bootstrap: false, unitizing: true } }, 10);

// Word units need the text (Intl.Segmenter), so their cost grows with the text: shown for information.
const words = 'the patient said that the nurse was kind and the doctor was rushed '.repeat(Math.ceil(chars / 68) + 1);
const withText: AgreementInput = {
  ...base,
  unit: 'word',
  documents: base.documents.map((d, i) => ({ ...d, text: words.slice(i, i + d.length) })),
};
time('report, word unit (segmenting 2 M characters)', withText, 3);
