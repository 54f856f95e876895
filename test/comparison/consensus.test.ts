/**
 * Disagreements and the consensus coder (issue 6 §5): the passages where coders differ,
 * longest first, with each coder's codings there; settling one by accepting a version,
 * merging, marking a range or rejecting writes only the consensus coder's codings, never the
 * coders' own, and undo puts the project back exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../core/model/agreementTypes';
import { projectSnapshot } from '../support/projectSnapshot';
import { characterMatrix } from './characterOracle';
import { buildStudy, DOCUMENTS, type Study } from './studyFixture';

type Row = { document_id: number; code_id: number; coder_id: number; start: number; end: number };

describe('disagreements and the consensus coder', () => {
  let s: Study;
  const db = () => s.t.core.session.project.sqlite;
  const codingsOf = (where: string, ...params: number[]) =>
    db().prepare(`SELECT id, document_id, code_id, coder_id, start, "end", guid, created_at FROM codings WHERE ${where} ORDER BY id`).all(...params) as Row[];

  beforeAll(async () => {
    s = await buildStudy();
  });
  afterAll(() => s.t.close());

  it('lists the passages where SO and EW differ on Symptoms, longest first, as the oracle finds them', async () => {
    const list = await s.t.call('agreement.disagreements', { coderIds: [s.coderIds.get('SO')!, s.coderIds.get('EW')!], codeId: s.codeIds.get('Symptoms')! });
    // Oracle: maximal runs of characters where exactly one of the two coded Symptoms.
    const expected: string[] = [];
    for (const document of DOCUMENTS) {
      const rows = characterMatrix([{ length: s.texts.get(document)!.length, coders: ['SO', 'EW'].map((c) => s.spans(document, c, 'Symptoms')) }]);
      let start = -1;
      rows.forEach((row, i) => {
        const differ = row[0] !== row[1];
        const next = rows[i + 1];
        if (differ && start < 0) start = i;
        if (differ && (!next || next[0] !== row[0] || next[1] !== row[1])) {
          expected.push(`${document} ${start}-${i + 1} ${row[0] ? 'SO' : 'EW'}`);
          start = -1;
        }
      });
    }
    expect(list.map((d) => `${d.title} ${d.start}-${d.end} ${d.codedBy.join()}`).sort()).toEqual(expected.sort());
    const lengths = list.map((d) => d.end - d.start);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));

    for (const d of list) {
      const text = s.texts.get(d.title)!;
      expect(d.text).toBe(text.slice(d.start, d.end));
      expect(d.before).toBe(text.slice(Math.max(0, d.start - 100), d.start));
      expect(d.after).toBe(text.slice(d.end, d.end + 100));
      expect([...d.codedBy, ...d.notCodedBy].sort()).toEqual(['EW', 'SO']);
      // Side by side: each coder's own codings of Symptoms that touch the passage (JC is not in this comparison).
      const touching = s.codings.filter((c) => c.document === d.title && c.code === 'Symptoms' && c.coder !== 'JC' && c.start < d.end && c.end > d.start);
      expect(d.codings.map((c) => `${c.coder} ${c.start}-${c.end}`).sort()).toEqual(touching.map((c) => `${c.coder} ${c.start}-${c.end}`).sort());
    }
    // EW leaves out the speaker tag: the longest passages are SO's lines EW skipped, the shortest "[patient] " tags.
    expect(list[0]!.codedBy).toEqual(['SO']);
    expect(list.at(-1)!.text).toMatch(/^\[(patient|doctor)\] $/);
  });

  describe('settling a disagreement', () => {
    const SO = () => s.coderIds.get('SO')!;
    const EW = () => s.coderIds.get('EW')!;
    let passage: { documentId: number; codeId: number; start: number; end: number };
    let originals: Row[];

    beforeAll(async () => {
      const list = await s.t.call('agreement.disagreements', { coderIds: [SO(), EW()], codeId: s.codeIds.get('Medication')! });
      // A passage where only SO has the code and EW has a coding beside it (the speaker tag case).
      const tag = list.find((d) => /^\[(doctor|patient)\] $/.test(d.text))!;
      passage = { documentId: tag.documentId, codeId: tag.codeId, start: tag.start, end: tag.end };
      originals = codingsOf('1');
    });

    const consensusRows = () => {
      const consensus = db().prepare("SELECT id FROM coders WHERE name = 'Consensus'").get() as { id: number } | undefined;
      return consensus
        ? codingsOf('coder_id = ? AND document_id = ? AND code_id = ?', consensus.id, passage.documentId, passage.codeId).map((r): [number, number] => [r.start, r.end])
        : [];
    };
    const sorted = (rows: [number, number][]) => [...rows].sort((a, b) => a[0] - b[0]);
    const resolve = (resolution: Resolution) => s.t.call('agreement.resolve', { ...passage, resolution });

    const cases: [string, () => Resolution, () => [number, number][]][] = [
      ['accepting SO takes SO’s whole coding there', () => ({ accept: SO() }), () => soCoding()],
      ['accepting EW (nothing in the passage) leaves nothing there', () => ({ accept: EW() }), () => []],
      ['merging SO and EW takes the union of their codings there', () => ({ merge: [SO(), EW()] }), () => soCoding()],
      ['a range writes exactly that range', () => ({ range: { start: passage.start + 1, end: passage.end + 20 } }), () => [[passage.start + 1, passage.end + 20]]],
      ['rejecting leaves nothing there', () => ({ reject: true }), () => []],
    ];
    // SO coded the whole line; EW the same line without its speaker tag, so the union is SO's coding.
    const soCoding = (): [number, number][] =>
      s.codings.filter((c) => c.coder === 'SO' && c.code === 'Medication' && c.start < passage.end && c.end > passage.start).map((c) => [c.start, c.end]);

    for (const [label, resolution, expected] of cases) {
      it(`${label}, never touches the coders' codings, and undo restores exactly`, async () => {
        const before = projectSnapshot(db());
        const written = await resolve(resolution());
        const consensus = (await s.t.call('coders.list', {})).find((c) => c.name === 'Consensus')!;
        expect(consensus.initials).toBe('CON');
        expect(written.every((c) => c.coderId === consensus.id && c.codeId === passage.codeId && c.documentId === passage.documentId)).toBe(true);
        expect(written.map((c) => [c.start, c.end])).toEqual(expected());
        expect(consensusRows()).toEqual(expected());
        expect(codingsOf('coder_id != ?', consensus.id)).toEqual(originals);

        // A second decision about the same place replaces the first there, and only there.
        await resolve({ range: { start: passage.start, end: passage.end } });
        const around = expected().flatMap(([a, b]): [number, number][] => [
          ...(a < passage.start ? [[a, Math.min(b, passage.start)] as [number, number]] : []),
          ...(b > passage.end ? [[Math.max(a, passage.end), b] as [number, number]] : []),
        ]);
        expect(sorted(consensusRows())).toEqual(sorted([...around, [passage.start, passage.end]]));
        await s.t.call('history.undo', {});
        expect(consensusRows()).toEqual(expected());

        await s.t.call('history.undo', {});
        expect(projectSnapshot(db())).toBe(before);
        expect(codingsOf('1')).toEqual(originals);
      });
    }

    it('keeps the comparison of SO and EW as it was, and redo brings the consensus back', async () => {
      const ids = [SO(), EW()];
      const reportBefore = (await s.t.call('agreement.compare', { coderIds: ids, bootstrap: false })).report;
      await resolve({ accept: SO() });
      const afterResolve = projectSnapshot(db());
      const reportAfter = (await s.t.call('agreement.compare', { coderIds: ids, bootstrap: false })).report;
      expect(reportAfter.codes.map((c) => [c.code, c.alpha])).toEqual(reportBefore.codes.map((c) => [c.code, c.alpha]));
      await s.t.call('history.undo', {});
      expect(consensusRows()).toEqual([]);
      await s.t.call('history.redo', {});
      expect(projectSnapshot(db())).toBe(afterResolve);
      expect(consensusRows()).toEqual(soCoding());
      await s.t.call('history.undo', {});
      expect(codingsOf('1')).toEqual(originals);
    });

    it('settling one place keeps what the consensus coder decided about the places around it', async () => {
      const before = projectSnapshot(db());
      const { start, end } = passage;
      await resolve({ range: { start, end: end + 200 } });
      // A later decision that the code does not belong to [end + 50, end + 60) cuts that out, and only that.
      await s.t.call('agreement.resolve', { ...passage, start: end + 50, end: end + 60, resolution: { reject: true } });
      expect(consensusRows()).toEqual([[start, end + 50], [end + 60, end + 200]]);
      // Accepting a version inside it replaces only the place it covers.
      await s.t.call('agreement.resolve', { ...passage, start: end + 100, end: end + 110, resolution: { range: { start: end + 90, end: end + 120 } } });
      expect(sorted(consensusRows())).toEqual([[start, end + 50], [end + 60, end + 90], [end + 90, end + 120], [end + 120, end + 200]]);
      expect(codingsOf('coder_id IN (?, ?, ?)', SO(), EW(), s.coderIds.get('JC')!)).toEqual(originals);
      for (let i = 0; i < 3; i++) await s.t.call('history.undo', {});
      expect(projectSnapshot(db())).toBe(before);
    });

    it('uses a consensus coder of another name when asked, and refuses a range outside the text', async () => {
      const written = await s.t.call('agreement.resolve', { ...passage, resolution: { reject: true }, consensusName: 'Team consensus' });
      expect(written).toEqual([]);
      expect((await s.t.call('coders.list', {})).map((c) => c.name)).toContain('Team consensus');
      const length = s.texts.get(DOCUMENTS.find((d) => s.documentIds.get(d) === passage.documentId)!)!.length;
      const error = await s.t.fail('agreement.resolve', { ...passage, resolution: { range: { start: length - 5, end: length + 5 } } });
      expect(error.message).toMatch(/runs past the end of "D2N0\d\d"/);
      expect(codingsOf('coder_id IN (?, ?, ?)', SO(), EW(), s.coderIds.get('JC')!)).toEqual(originals);
    });
  });
});
