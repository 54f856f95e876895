/**
 * Quick timing of REFI-QDA export and re-import at study scale: 557 documents (~28 MB of
 * text) and 20,000 codings by three coders. Not a test (tests make no timing assertions);
 * run with `npx tsx test/exchange/benchRefi.ts [--validate]`.
 */
import { readQdpx, writeQdpx, type ExchangeCode, type ExchangeProject, type ExchangeSource } from '../../core/exchange';

const DOCUMENTS = 557;
const TARGET_CHARS = 28 * 1024 * 1024;
const CODINGS = 20_000;

const guid = (prefix: number, n: number): string =>
  `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const SENTENCES = [
  'Interviewer: Can you tell me about the last time you went to the clinic?',
  'P: Well, the bus was late again and I nearly missed the appointment.',
  'I think the nurses were kind, but nobody explained the new medication.',
  'We talked about cost a lot; the prescription charge is a real barrier 😕.',
  'My daughter translates for me — בסדר, she says, it is fine — but it is not.',
  'The GP said 早く来てください, come early, which made us laugh.',
  'Honestly, I stopped going for six months after that.',
];

/** Sentences mixed with pseudo-random words, so the text packs like real transcripts (~3:1), not like a repeated phrase. */
function documentText(n: number, chars: number): string {
  let seed = n * 2654435761 + 1;
  const rand = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const word = (): string => Array.from({ length: 2 + rand(7) }, () => 'aeioubcdfghklmnprstvwyz'[rand(22)]).join('');
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const words = Array.from({ length: 6 + rand(14) }, word).join(' ');
    const s = `${SENTENCES[rand(SENTENCES.length)]!} ${words}.\n`;
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

function codebook(): ExchangeCode[] {
  return Array.from({ length: 10 }, (_, i) => ({
    guid: guid(0xc0, i),
    name: `Theme ${i + 1}`,
    color: `#${(0x204060 + i * 0x111111).toString(16).slice(-6)}`,
    isCodable: false,
    children: Array.from({ length: 9 }, (_, j) => ({ guid: guid(0xc1, i * 10 + j), name: `Code ${i + 1}.${j + 1}`, isCodable: true, children: [] })),
  }));
}

function syntheticProject(): ExchangeProject {
  const perDoc = Math.floor(TARGET_CHARS / DOCUMENTS);
  const coders = [guid(0xa0, 1), guid(0xa0, 2), guid(0xa0, 3)];
  const sources: ExchangeSource[] = [];
  let coding = 0;
  for (let d = 0; d < DOCUMENTS; d++) {
    const text = documentText(d, perDoc);
    const quota = Math.floor(CODINGS / DOCUMENTS) + (d < CODINGS % DOCUMENTS ? 1 : 0);
    const selections = Array.from({ length: quota }, (_, k) => {
      const start = Math.floor((k / quota) * (text.length - 400));
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const end = text.indexOf('\n', lineStart + 1);
      coding++;
      return {
        guid: guid(0x5e, coding),
        start: lineStart,
        end,
        codings: [{ guid: guid(0xc2, coding), codeGuid: guid(0xc1, (coding * 7) % 100 < 10 ? 1 : ((coding * 7) % 90) + Math.floor(((coding * 7) % 90) / 9)), creatingUser: coders[coding % 3]!, creationDateTime: '2025-03-01T10:00:00Z' }],
      };
    });
    sources.push({ guid: guid(0xd0, d), name: `Interview ${d + 1}`, text, selections, codings: [], variableValues: [] });
  }
  const codes = codebook();
  const valid = new Set(codes.flatMap((c) => c.children.map((x) => x.guid)));
  for (const s of sources) for (const sel of s.selections) for (const c of sel.codings) if (!valid.has(c.codeGuid)) c.codeGuid = guid(0xc1, 1);
  return {
    name: 'Bench study',
    users: coders.map((g, i) => ({ guid: g, name: ['Sam Okafor', 'Emma Wright', 'Jo Chen'][i]!, id: ['SO', 'EW', 'JC'][i]! })),
    codes,
    variables: [],
    cases: [],
    sources,
    notes: [],
    sets: [],
  };
}

const t0 = performance.now();
const project = syntheticProject();
const chars = project.sources.reduce((n, s) => n + s.text.length, 0);
const t1 = performance.now();
const bytes = await writeQdpx(project);
const t2 = performance.now();
const { project: back, report } = await readQdpx('bench.qdpx', bytes);
const t3 = performance.now();
const codings = back.sources.reduce((n, s) => n + s.selections.reduce((m, x) => m + x.codings.length, 0), 0);
console.log(`documents ${back.sources.length}, text ${(chars / 1024 / 1024).toFixed(1)} MB (UTF-16 units), codings ${codings}`);
console.log(`build model ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`writeQdpx   ${((t2 - t1) / 1000).toFixed(2)} s → ${(bytes.length / 1024 / 1024).toFixed(1)} MB archive`);
console.log(`readQdpx    ${((t3 - t2) / 1000).toFixed(2)} s (offsets: ${report.offsets?.profile}, ${report.offsets?.chosenBy}; not carried: ${report.notCarried.length})`);

if (process.argv.includes('--validate')) {
  const { entryText } = await import('./refiFixtures');
  const { validateAgainst } = await import('./validateXml');
  const xml = await entryText(bytes, 'project.qde');
  const t4 = performance.now();
  const result = await validateAgainst('Project.xsd', xml, 'project.qde');
  console.log(`Project.xsd ${((performance.now() - t4) / 1000).toFixed(2)} s for ${(xml.length / 1024 / 1024).toFixed(1)} MB of XML: ${result.valid ? 'valid' : result.errors.slice(0, 3).join('; ')}`);
}
