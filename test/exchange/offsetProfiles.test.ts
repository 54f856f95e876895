import { describe, expect, it } from 'vitest';
import { detectOffsetProfile } from '../../core/exchange/refi/detectOffsetProfile';
import { offsetProfile, PositionMap, RawTextLayout, type OffsetProfileId } from '../../core/exchange/refi/offsetProfiles';
import { CodePointMap, normaliseText } from '../../core/model/offsets';

/** Producer position conventions turned into model positions (refi-qda.md §4). */

const RAW = '\uFEFFHi 👋 there\r\nשלום עולם\r\n日本語 😀 end';
const TEXT = normaliseText(RAW);

function place(id: OffsetProfileId, pos: number, side: 'start' | 'end' = 'start'): number | undefined {
  return new PositionMap(new RawTextLayout(RAW), offsetProfile(id)).toNormalised(pos, side)?.index;
}

/** Where `word` is in the text as each producer would count it. */
function external(id: OffsetProfileId, index: number): number {
  const p = offsetProfile(id);
  let raw = RAW.slice(1);
  if (p.crlf === 1) raw = raw.replace(/\r\n/g, '\n');
  const before = normaliseText(raw).slice(0, index);
  const crlfs = p.crlf === 2 ? (before.match(/\n/g) ?? []).length : 0;
  const units = p.unit === 'utf16' ? before.length : new CodePointMap(before).codePointLength;
  return units + crlfs + (p.bomCounted ? 1 : 0);
}

describe('offset profiles', () => {
  it('maps every profile back to the same normalised index', () => {
    for (const word of ['there', 'שלום', 'עולם', '日本語', 'end']) {
      const index = TEXT.indexOf(word);
      for (const id of ['utf16-crlf2', 'utf16-crlf1', 'codepoint-crlf2', 'codepoint-crlf1', 'utf16-crlf2-bom', 'codepoint-crlf1-bom'] as const) {
        const start = external(id, index);
        const end = external(id, index + word.length);
        const s = place(id, start)!;
        const e = place(id, end, 'end')!;
        expect(TEXT.slice(s, e), `${word} under ${id}`).toBe(word);
      }
    }
  });

  it('knows the length of the text in each convention, and refuses positions past it', () => {
    const layout = new RawTextLayout(RAW);
    const len = (id: OffsetProfileId): number => new PositionMap(layout, offsetProfile(id)).length;
    expect(len('utf16-crlf2')).toBe(RAW.length - 1);
    expect(len('utf16-crlf1')).toBe(RAW.length - 3);
    expect(len('codepoint-crlf2')).toBe(RAW.length - 3);
    expect(len('codepoint-crlf1-bom')).toBe(RAW.length - 4);
    expect(place('codepoint-crlf1', len('codepoint-crlf1') + 1)).toBeUndefined();
    expect(place('codepoint-crlf1', -1)).toBeUndefined();
  });

  it('widens a position inside a CRLF or a surrogate pair outwards', () => {
    const layout = new RawTextLayout(RAW);
    const map = new PositionMap(layout, offsetProfile('utf16-crlf2'));
    const wave = TEXT.indexOf('👋');
    expect(map.toNormalised(wave + 1, 'start')).toEqual({ index: wave, moved: true });
    expect(map.toNormalised(wave + 1, 'end')).toEqual({ index: wave + 2, moved: true });
    const cr = RAW.indexOf('\r') - 1; // raw index without the BOM
    const lf = TEXT.indexOf('\n');
    expect(map.toNormalised(cr, 'end')).toEqual({ index: lf, moved: false });
    expect(map.toNormalised(cr + 1, 'end')).toEqual({ index: lf + 1, moved: true });
  });

  it('chooses the profile whose slices match quoted selection names (ATLAS.ti style, CRLF as 1)', () => {
    const layout = new RawTextLayout(RAW);
    const quotes = ['שלום עולם', '日本語 😀 end', 'there'];
    const selections = quotes.map((q) => {
      const i = TEXT.indexOf(q);
      return { start: external('codepoint-crlf1', i), end: external('codepoint-crlf1', i + q.length), name: q };
    });
    const choice = detectOffsetProfile('Some Tool 1.0', [{ layout, text: TEXT, selections }]);
    expect(choice).toMatchObject({ profile: 'codepoint-crlf1', chosenBy: 'evidence', evidence: 3, matched: 3 });
  });

  it('uses word boundaries when names say nothing, and spots a counted BOM', () => {
    const layout = new RawTextLayout(RAW);
    const words = ['Hi', 'there', 'שלום', 'עולם', '日本語', 'end'];
    const selections = words.map((w) => {
      const i = TEXT.indexOf(w);
      return { start: external('utf16-crlf2-bom', i), end: external('utf16-crlf2-bom', i + w.length), name: '' };
    });
    expect(detectOffsetProfile('NVivo 14', [{ layout, text: TEXT, selections }]).profile).toBe('utf16-crlf2-bom');
  });

  it('falls back on the producer convention when no text tells the profiles apart', () => {
    const plain = 'no emoji, no CR';
    const texts = [{ layout: new RawTextLayout(plain), text: plain, selections: [{ start: 3, end: 8 }] }];
    expect(detectOffsetProfile('NVivo for Windows 12.6', texts)).toEqual({ profile: 'utf16-crlf2', chosenBy: 'origin', evidence: 0, matched: 0 });
    expect(detectOffsetProfile('ATLAS.ti 26.1.2', texts).profile).toBe('codepoint-crlf1');
    expect(detectOffsetProfile(undefined, texts).profile).toBe('codepoint-crlf2');
    expect(detectOffsetProfile(undefined, texts, 'utf16-crlf1')).toMatchObject({ profile: 'utf16-crlf1', chosenBy: 'caller' });
  });
});
