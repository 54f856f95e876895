/**
 * The sample project (resources/sample) ships with the app and feeds tests and demos of every
 * feature, so its files must agree with each other exactly. Offsets in codings.csv are Unicode
 * code points; here they are checked by slicing an array of code points, independently of the
 * CodePointMap the generator used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCodingRows, codingColumns, codingsCsv, readPassageList } from './makeCodings';
import { readSampleCsv, readSampleDocuments, readSampleText, samplePath, splitTurns } from './sampleFiles';

const documents = readSampleDocuments();
const codebook = readSampleCsv('codebook.csv');
const coders = readSampleCsv('coders.csv');
const participants = readSampleCsv('participants.csv');
const codings = readSampleCsv('codings.csv');

const codePaths = codebook.rows.map((r) => r.path ?? '');
const parentOf = (p: string) => p.split('/').slice(0, -1).join('/');
const leafCodes = codePaths.filter((p) => !codePaths.some((q) => parentOf(q) === p));
const textOf = new Map(documents.map((d) => [d.title, readSampleText(d.file)]));
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const moderators = new Set(['Interviewer', 'Facilitator']);

describe('sample transcripts', () => {
  it('lists seven documents whose files exist, with unique titles', () => {
    expect(documents.map((d) => d.file)).toEqual([
      'client-01-interview.txt',
      'client-02-interview.txt',
      'staff-01-link-worker.txt',
      'staff-02-practice-nurse.txt',
      'referrer-01-gp.txt',
      'referrer-02-community-group.txt',
      'workshop-stakeholders.txt',
    ]);
    for (const d of documents) expect(existsSync(samplePath(d.file)), d.file).toBe(true);
    expect(new Set(documents.map((d) => d.title)).size).toBe(documents.length);
  });

  it('stores each transcript as UTF-8 with LF line ends, no BOM and one final newline', () => {
    for (const d of documents) {
      const bytes = readFileSync(samplePath(d.file));
      expect([bytes[0], bytes[1], bytes[2]], d.file).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = readSampleText(d.file);
      expect(text.includes('\r'), d.file).toBe(false);
      expect(text.endsWith('\n') && !text.endsWith('\n\n'), d.file).toBe(true);
    }
  });

  it('writes every paragraph as one "Name: text" turn, with a blank line between turns', () => {
    for (const d of documents) {
      const text = readSampleText(d.file);
      expect(text.replace(/\n$/, '').split('\n\n').every((p) => /^[^\n:]+: \S[^\n]*$/.test(p)), d.file).toBe(true);
    }
  });

  it('keeps each transcript between 700 and 1,500 words', () => {
    for (const d of documents) {
      const words = readSampleText(d.file).split(/\s+/).filter((w) => w.length > 0).length;
      expect(words, d.file).toBeGreaterThanOrEqual(700);
      expect(words, d.file).toBeLessThanOrEqual(1500);
    }
  });

  it('opens and closes with the turns the sample was written with', () => {
    const margaret = readSampleText('client-01-interview.txt');
    expect(margaret.startsWith('Interviewer: Thank you for seeing me, Margaret.')).toBe(true);
    expect(margaret.endsWith('sitting in that front room.\n')).toBe(true);
    const workshop = splitTurns(readSampleText('workshop-stakeholders.txt'));
    expect(workshop[0]?.speaker).toBe('Facilitator');
    expect(new Set(workshop.map((t) => t.speaker)).size).toBe(7);
  });

  it('exercises offsets: accented letters in several files and an emoji in a quoted text message', () => {
    const all = documents.map((d) => readSampleText(d.file)).join('');
    expect(all).toContain('café');
    expect(all).toContain('Zoë');
    const daniel = readSampleText('client-02-interview.txt');
    expect(daniel).toContain('see you Thursday 😊');
    // One emoji: two UTF-16 units but one code point, so the two lengths differ by exactly one.
    expect(daniel.length - [...daniel].length).toBe(1);
  });
});

describe('sample codebook', () => {
  it('has the agreed header and the three frameworks as top-level groups', () => {
    expect(codebook.header).toEqual(['path', 'colour', 'description', 'inclusion', 'exclusion', 'example']);
    expect(codePaths.filter((p) => !p.includes('/'))).toEqual(['Collaborative care', 'Salutogenesis', 'Realist']);
  });

  it('holds the collaborative care elements, the salutogenic codes and context, mechanism, outcome', () => {
    expect(leafCodes).toEqual([
      'Collaborative care/Case coordinator in a multi-professional team',
      'Collaborative care/Enhanced communication between professionals',
      'Collaborative care/Structured management plan',
      'Collaborative care/Scheduled follow-up',
      'Salutogenesis/Sense of coherence/Comprehensibility',
      'Salutogenesis/Sense of coherence/Manageability',
      'Salutogenesis/Sense of coherence/Meaningfulness',
      'Salutogenesis/Resistance resources/Social support',
      'Salutogenesis/Resistance resources/Personal resources',
      'Realist/Context',
      'Realist/Mechanism',
      'Realist/Outcome',
    ]);
    expect(codePaths).toHaveLength(17);
  });

  it('lists each parent before its children, with unique paths', () => {
    expect(new Set(codePaths).size).toBe(codePaths.length);
    codePaths.forEach((p, i) => {
      if (p.includes('/')) expect(codePaths.indexOf(parentOf(p)), p).toBeGreaterThanOrEqual(0);
      if (p.includes('/')) expect(codePaths.indexOf(parentOf(p)), p).toBeLessThan(i);
    });
  });

  it('gives every code a distinct #rrggbb colour and all four texts', () => {
    const colours = codebook.rows.map((r) => (r.colour ?? '').toLowerCase());
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(colours.length);
    for (const r of codebook.rows) {
      for (const field of ['description', 'inclusion', 'exclusion', 'example'] as const) {
        expect((r[field] ?? '').trim().length, `${r.path} ${field}`).toBeGreaterThan(0);
      }
    }
  });

  it('quotes examples word for word from the named speaker ("..." marks a cut)', () => {
    const turns = documents.flatMap((d) => splitTurns(readSampleText(d.file)));
    let quoted = 0;
    for (const r of codebook.rows) {
      const m = /^"(.+)" \(([^)]+)\)$/.exec(r.example ?? '');
      if (!m) continue;
      quoted++;
      const quote = m[1]!.replace(/^\.\.\. /, '').replace(/ \.\.\.$/, '');
      const speaker = m[2]!;
      expect(
        turns.some((t) => t.speaker === speaker && t.text.includes(quote)),
        `${r.path}: ${quote}`,
      ).toBe(true);
    }
    expect(quoted).toBe(leafCodes.length);
  });
});

describe('sample coders, participants and documents', () => {
  it('names the three coders', () => {
    expect(coders.header).toEqual(['initials', 'name']);
    expect(coders.rows.map((r) => `${r.initials} ${r.name}`)).toEqual([
      'SO Sam Okoro',
      'EW Emma Wright',
      'JC Jamal Chaudhry',
    ]);
  });

  it('describes nine participants of the three stakeholder types', () => {
    expect(participants.header).toEqual(['participant', 'stakeholder type', 'role', 'gender', 'age band', 'site']);
    const names = participants.rows.map((r) => r.participant);
    expect(names).toHaveLength(9);
    expect(new Set(names).size).toBe(9);
    expect(names).toContain('Zoë');
    for (const r of participants.rows) {
      expect(['client', 'staff', 'referrer'], r.participant).toContain(r['stakeholder type']);
      for (const field of ['role', 'gender', 'age band', 'site']) expect(r[field], `${r.participant} ${field}`).not.toBe('');
    }
    const count = (type: string) => participants.rows.filter((r) => r['stakeholder type'] === type).length;
    expect([count('client'), count('staff'), count('referrer')]).toEqual([3, 3, 3]);
  });

  it('gives each document a phase, an ISO date and an interviewer from the team', () => {
    expect(readSampleCsv('documents.csv').header).toEqual(['file', 'title', 'phase', 'date', 'interviewer', 'participants']);
    const team = coders.rows.map((r) => r.name);
    for (const d of documents) {
      expect(['interview', 'workshop'], d.file).toContain(d.phase);
      expect(d.date, d.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${d.date}T00:00:00Z`).toISOString().slice(0, 10), d.file).toBe(d.date);
      expect(team, d.file).toContain(d.interviewer);
    }
    expect(documents.filter((d) => d.phase === 'workshop').map((d) => d.file)).toEqual(['workshop-stakeholders.txt']);
  });

  it('maps speaker labels to known participants; every other speaker is the interviewer or facilitator', () => {
    const known = new Set(participants.rows.map((r) => r.participant ?? ''));
    const seen = new Set<string>();
    for (const d of documents) {
      const speakers = new Set(splitTurns(readSampleText(d.file)).map((t) => t.speaker));
      expect(d.speakers.size, d.file).toBeGreaterThan(0);
      for (const [label, participant] of d.speakers) {
        expect(known.has(participant), `${d.file}: ${participant}`).toBe(true);
        expect(speakers.has(label), `${d.file}: no turn by ${label}`).toBe(true);
        expect(moderators.has(participant), d.file).toBe(false);
        seen.add(participant);
      }
      for (const s of speakers) expect(d.speakers.has(s) || moderators.has(s), `${d.file}: ${s}`).toBe(true);
    }
    expect([...known].filter((p) => !seen.has(p))).toEqual([]);
  });
});

describe('sample codings', () => {
  const rows = codings.rows;

  it('has the agreed header and 193 codings (the sample aims for 120 to 200)', () => {
    expect(codings.header).toEqual([...codingColumns]);
    expect(rows).toHaveLength(193);
  });

  it('refers only to known documents, leaf codes and coders', () => {
    const initials = coders.rows.map((r) => r.initials);
    for (const r of rows) {
      expect(textOf.has(r.document ?? ''), r.document).toBe(true);
      expect(leafCodes, r.code).toContain(r.code);
      expect(initials, r.coder).toContain(r.coder);
    }
  });

  it('keeps offsets in range in code points, start < end, on whole words', () => {
    for (const r of rows) {
      const where = `${r.document} ${r.coder} ${r.code} ${r.start}-${r.end}`;
      const points = [...textOf.get(r.document ?? '')!];
      const start = Number(r.start);
      const end = Number(r.end);
      expect(Number.isInteger(start) && Number.isInteger(end), where).toBe(true);
      expect(start >= 0 && start < end && end <= points.length, where).toBe(true);
      expect(isWordChar(points[start - 1]) && isWordChar(points[start]), `${where} cuts a word at the start`).toBe(false);
      expect(isWordChar(points[end - 1]) && isWordChar(points[end]), `${where} cuts a word at the end`).toBe(false);
      const slice = points.slice(start, end).join('');
      expect(slice.trim(), `${where} starts or ends with a space`).toBe(slice);
      expect(slice.includes('\n'), `${where} crosses a turn`).toBe(false);
    }
  });

  it('has no coding twice', () => {
    const keys = rows.map((r) => [r.document, r.coder, r.code, r.start, r.end].join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('codes every framework code at least once', () => {
    const used = new Set(rows.map((r) => r.code));
    expect(leafCodes.filter((c) => !used.has(c))).toEqual([]);
  });

  it('double-codes three documents (SO and EW), JC two of them, and SO alone codes the rest', () => {
    const codersOf = (title: string) => [...new Set(rows.filter((r) => r.document === title).map((r) => r.coder))].sort();
    expect(documents.map((d) => `${d.file}: ${codersOf(d.title).join(' ')}`)).toEqual([
      'client-01-interview.txt: EW JC SO',
      'client-02-interview.txt: EW JC SO',
      'staff-01-link-worker.txt: EW SO',
      'staff-02-practice-nurse.txt: SO',
      'referrer-01-gp.txt: SO',
      'referrer-02-community-group.txt: SO',
      'workshop-stakeholders.txt: SO',
    ]);
    const perCoder = (c: string) => rows.filter((r) => r.coder === c).length;
    expect([perCoder('SO'), perCoder('EW'), perCoder('JC')]).toEqual([106, 53, 34]);
  });

  it('reads the emoji as one code point: the quoted text message ends right after it', () => {
    const title = 'Client interview 02 (Daniel)';
    const points = [...textOf.get(title)!];
    const message = rows.find((r) => r.document === title && r.coder === 'JC' && r.code === 'Realist/Mechanism' && r.memo !== '');
    expect(message).toBeDefined();
    const slice = points.slice(Number(message!.start), Number(message!.end)).join('');
    expect(slice).toBe('Good to meet you Dan, same time next week, see you Thursday 😊');
    // A passage after the emoji sits one unit further on in UTF-16 than in code points.
    const later = rows.find((r) => r.document === title && r.code === 'Realist/Outcome' && r.coder === 'JC')!;
    const text = textOf.get(title)!;
    expect(text.indexOf('And then I started saying yes to things.')).toBe(Number(later.start) + 1);
  });

  it('matches what makeCodings.ts writes from codingPassages.json (regenerate after editing it)', () => {
    expect(readSampleText('codings.csv')).toBe(codingsCsv(buildCodingRows(readPassageList())));
  });
});
