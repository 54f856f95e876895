import { AppError } from '../../model/errors';
import { codePageForCharset, decoderFor } from './rtfCodePages';

/**
 * The text of an RTF document. Hand-written: no maintained RTF-to-text package is installed
 * (and the ones on npm are either HTML converters with large dependency trees or unmaintained).
 * RTF is a flat token stream, so a careful extractor is small:
 *
 * - groups `{...}` scope state (skipped destination, \uc count, font);
 * - destinations that are not body text (font, colour and style tables, document info,
 *   pictures, objects, headers and footers, comments, field instructions, any `{\*\...}`)
 *   are skipped whole;
 * - `\uN` is a UTF-16 code unit, followed by \ucN fallback characters that are skipped;
 * - `\'hh` is a byte in the code page of the current font's \fcharset, else \ansicpg;
 * - `\par` ends a paragraph (paragraphs are separated by a blank line, as for Word files),
 *   `\line` is a line break, `\tab` and `\cell` a tab, `\row` ends a table row.
 */
export function readRtf(fileName: string, bytes: Uint8Array): string {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!source.startsWith('{\\rtf')) throw new AppError('bad-file', `${fileName} is not an RTF document (it does not start with {\\rtf).`);
  return new RtfReader(source).read();
}

/** Destinations whose content is never body text. */
const SKIP_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'atndate', 'atnref',
  'fldinst', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata', 'colorschememapping',
  'latentstyles', 'datastore', 'filetbl', 'revtbl', 'pntext', 'pntxta', 'pntxtb', 'listtext', 'shp', 'shpinst',
  'nonshppict', 'template', 'userprops', 'docvar', 'bkmkstart', 'bkmkend', 'pgdsctbl', 'mmathpr', 'fontemb',
  'fontfile', 'falt', 'panose', 'title', 'subject', 'author', 'operator', 'keywords', 'comment', 'doccomm',
]);

const SYMBOLS: Record<string, string> = {
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
  rdblquote: '\u201d', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005', tab: '\t', cell: '\t', line: '\n',
  lbr: '\n',
};

interface GroupState {
  skip: boolean;
  /** Fallback characters to skip after each \uN. */
  uc: number;
  /** Code page for \'hh bytes (from the current font's charset). */
  codePage: number | undefined;
  /** Inside the font table: the font being described. */
  font: number | undefined;
}

class RtfReader {
  private pos = 0;
  private state: GroupState = { skip: false, uc: 1, codePage: undefined, font: undefined };
  private readonly stack: GroupState[] = [];
  private documentCodePage = 1252;
  private readonly fontCodePages = new Map<number, number>();
  private inFontTable = 0;
  private paragraphs: string[] = [];
  private current = '';
  private pendingBytes: number[] = [];
  /** Fallback characters still to skip after a \uN. */
  private skipFallback = 0;
  /** A group just opened: its first control word may name a destination. */
  private atGroupStart = false;
  private ignorable = false;

  constructor(private readonly src: string) {}

  read(): string {
    const src = this.src;
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (c === '{') {
        this.flushBytes();
        this.stack.push(this.state);
        this.state = { ...this.state };
        this.pos++;
        this.atGroupStart = true;
        this.ignorable = false;
      } else if (c === '}') {
        this.flushBytes();
        if (this.inFontTable > 0 && this.state.skip && this.stack.length === this.inFontTable) this.inFontTable = 0;
        this.state = this.stack.pop() ?? this.state;
        this.pos++;
        this.atGroupStart = false;
      } else if (c === '\\') {
        this.control();
      } else if (c === '\r' || c === '\n') {
        this.pos++;
      } else {
        this.pos++;
        this.atGroupStart = false;
        if (this.consumeFallback()) continue;
        this.flushBytes();
        this.emit(c);
      }
    }
    this.flushBytes();
    this.endParagraph();
    return this.paragraphs.filter((p) => p.trim().length > 0).join('\n\n');
  }

  private control(): void {
    const src = this.src;
    const next = src[this.pos + 1];
    if (next === undefined) {
      this.pos++;
      return;
    }
    if (next === "'") {
      const hex = src.slice(this.pos + 2, this.pos + 4);
      this.pos += 4;
      this.atGroupStart = false;
      if (this.consumeFallback()) return;
      const byte = parseInt(hex, 16);
      if (!Number.isNaN(byte) && !this.state.skip) this.pendingBytes.push(byte);
      return;
    }
    if (!/[a-zA-Z]/.test(next)) {
      // Control symbols: \\ \{ \} \~ \- \_ \* and an escaped line end (= \par).
      this.pos += 2;
      if (next === '*') {
        this.ignorable = true;
        return;
      }
      this.atGroupStart = false;
      if (this.consumeFallback()) return;
      this.flushBytes();
      if (next === '\\' || next === '{' || next === '}') this.emit(next);
      else if (next === '~') this.emit('\u00a0');
      else if (next === '_') this.emit('\u2011');
      else if (next === '\n' || next === '\r') this.endParagraph();
      return;
    }
    // A control word ends a run of \'hh bytes: decode them in the font they were written in.
    this.flushBytes();
    const m = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(src.slice(this.pos + 1, this.pos + 48))!;
    this.pos += 1 + m[0].length;
    const word = m[1]!.toLowerCase();
    const param = m[2] === undefined ? undefined : Number(m[2]);
    const wasGroupStart = this.atGroupStart;
    this.atGroupStart = false;

    if (word === 'bin') {
      this.pos += Math.max(0, param ?? 0);
      return;
    }
    if (wasGroupStart && (SKIP_DESTINATIONS.has(word) || this.ignorable)) {
      this.state.skip = true;
      if (word === 'fonttbl') this.inFontTable = this.stack.length;
    }
    this.ignorable = false;
    if (this.inFontTable > 0) return this.fontTableWord(word, param);
    if (word === 'u' && param !== undefined) {
      if (this.consumeFallback()) return;
      this.flushBytes();
      this.emit(String.fromCharCode(param < 0 ? param + 65536 : param));
      this.skipFallback = this.state.uc;
      return;
    }
    if (this.consumeFallback()) return;
    switch (word) {
      case 'ansicpg':
        if (param !== undefined && param > 0) this.documentCodePage = param;
        return;
      case 'mac':
        this.documentCodePage = 10000;
        return;
      case 'uc':
        this.state.uc = Math.max(0, param ?? 1);
        return;
      case 'f':
        if (param !== undefined) this.state.codePage = this.fontCodePages.get(param);
        return;
      case 'plain':
        return;
      case 'par':
      case 'sect':
      case 'page':
      case 'row':
        this.flushBytes();
        this.endParagraph();
        return;
    }
    const symbol = SYMBOLS[word];
    if (symbol !== undefined) {
      this.flushBytes();
      this.emit(symbol);
    }
  }

  /** In {\fonttbl ...}: remember each font's charset, to decode \'hh written in that font. */
  private fontTableWord(word: string, param: number | undefined): void {
    if (word === 'f' && param !== undefined) this.state.font = param;
    else if (word === 'fcharset' && param !== undefined && this.state.font !== undefined) {
      const cp = codePageForCharset(param);
      if (cp !== undefined) this.fontCodePages.set(this.state.font, cp);
    }
  }

  /** After \uN, the next \ucN characters (text, \'hh or a control symbol) are its fallback. */
  private consumeFallback(): boolean {
    if (this.skipFallback === 0) return false;
    this.skipFallback--;
    return true;
  }

  private emit(s: string): void {
    if (!this.state.skip) this.current += s;
  }

  private flushBytes(): void {
    if (this.pendingBytes.length === 0) return;
    const bytes = Uint8Array.from(this.pendingBytes);
    this.pendingBytes = [];
    if (!this.state.skip) this.current += decoderFor(this.state.codePage ?? this.documentCodePage).decode(bytes);
  }

  private endParagraph(): void {
    if (this.state.skip) return;
    this.paragraphs.push(this.current.replace(/[ \t]+$/, ''));
    this.current = '';
  }
}
