import { describe, expect, it } from 'vitest';
import { readQdpx, type ExchangeSource } from '../../core/exchange';
import { isWordBoundary } from '../../core/exchange/refi/detectOffsetProfile';
import { normaliseText } from '../../core/model/offsets';
import { entryText, sample } from './refiFixtures';

/**
 * The calibration file of refi-qda.md §4.3. NVivo for Windows 12.6 writes positions as .NET
 * string indices — UTF-16 units over the .txt as decoded, CRLF counted as 2, BOM not counted —
 * which are also JavaScript string indices. So what NVivo coded is computed here independently
 * of the reader: slice the raw file text with the XML's numbers, then normalise the slice.
 */
const FILE = 'nvivo-win-12.6_oltas0517.qdpx';
const CODED_SOURCE = '68bbdc14-c361-4432-b4dd-ae1dbfc12890';

async function nvivoSlices(): Promise<Map<string, string>> {
  const bytes = sample(FILE);
  const xml = await entryText(bytes, 'project.qde');
  const raw = (await entryText(bytes, `Sources/${CODED_SOURCE}.txt`)).replace(/^\uFEFF/, '');
  const slices = new Map<string, string>();
  for (const m of xml.matchAll(/<PlainTextSelection guid="([^"]+)" name="" startPosition="(\d+)" endPosition="(\d+)"/g)) {
    slices.set(m[1]!, normaliseText(raw.slice(Number(m[2]), Number(m[3]))));
  }
  return slices;
}

describe('NVivo 12.6 positions', () => {
  it('detects UTF-16 units with CRLF as 2 from the evidence, not only from the origin', async () => {
    const { report } = await readQdpx(FILE, sample(FILE));
    expect(report.offsets).toMatchObject({ profile: 'utf16-crlf2', chosenBy: 'evidence', evidence: 303 });
    expect(report.offsets!.matched).toBeGreaterThanOrEqual(300);
    // Code points put fewer than 50 of the 303 on word boundaries (refi-qda.md §4.3).
    expect(report.offsets!.runnerUp!.matched).toBeLessThan(50);
  });

  it('puts at least 300 of the 303 codings on the same words as NVivo', async () => {
    const { project } = await readQdpx(FILE, sample(FILE));
    const expected = await nvivoSlices();
    expect(expected.size).toBe(303);
    const source = project.sources.find((s) => s.guid === CODED_SOURCE)!;
    let same = 0;
    let onBoundaries = 0;
    let codings = 0;
    for (const sel of source.selections) {
      const text = source.text.slice(sel.start, sel.end);
      codings += sel.codings.length;
      if (text === expected.get(sel.guid)) same += sel.codings.length;
      if (isWordBoundary(source.text, sel.start) && isWordBoundary(source.text, sel.end)) onBoundaries += sel.codings.length;
    }
    expect(codings).toBe(303);
    expect(same).toBe(303);
    expect(onBoundaries).toBeGreaterThanOrEqual(300);
  });

  it('slices the coded comments themselves, emoji and accents intact', async () => {
    const { project } = await readQdpx(FILE, sample(FILE));
    const source = project.sources.find((s) => s.guid === CODED_SOURCE)!;
    const at = (guid: string): string => {
      const sel = source.selections.find((s) => s.guid === guid)!;
      return source.text.slice(sel.start, sel.end);
    };
    // [50648, 50702) in NVivo's numbers, the example measured in refi-qda.md §4.3.
    expect(at('e3a6e477-2b94-48fd-a9dd-ae1f25874146')).toBe('@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍\n');
    expect(at('7154a758-6873-4134-badd-ae1dc04d3086')).toMatch(/^Senkit nem lehet kötelezni oltásra, ilyet csak ostoba .* nem élhet\.$/);
    expect(at('a9504413-3306-4dbc-a6dd-ae1dc06dbff2')).toBe('tudatos hal äl reklám, hatalmas árulás');
    expect(at('c8834f5d-2755-4b25-a1dd-ae1dc0766fca')).toBe('Záhertorta egy alkesz nulla');
  });

  it('keeps the codes on their segments', async () => {
    const { project } = await readQdpx(FILE, sample(FILE));
    const byGuid = new Map<string, string>();
    const walk = (codes: typeof project.codes): void => {
      for (const c of codes) {
        byGuid.set(c.guid, c.name);
        walk(c.children);
      }
    };
    walk(project.codes);
    const source = project.sources.find((s) => s.guid === CODED_SOURCE) as ExchangeSource;
    const first = source.selections[0]!;
    expect(byGuid.get(first.codings[0]!.codeGuid)).toBe('piros');
    const counts = new Map<string, number>();
    for (const sel of source.selections) for (const c of sel.codings) counts.set(byGuid.get(c.codeGuid)!, (counts.get(byGuid.get(c.codeGuid)!) ?? 0) + 1);
    expect(counts.get('Resisting coercion')).toBe(28);
    expect(counts.get('+Government')).toBe(26);
  });
});
