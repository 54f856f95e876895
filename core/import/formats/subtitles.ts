import type { TimeMark, Turn } from '../types';
import { notSpeakers } from '../turns/conventions';
import { parseCues, type Cue } from './subtitleCues';

/**
 * Subtitles (.vtt, .srt) read as a transcript. What a researcher expects to read is the
 * conversation, not a list of cues, so:
 *
 * - consecutive cues of one speaker become one paragraph, written `Speaker: text`, so the
 *   text reads like any other transcript (and re-detects as the `Name:` convention);
 * - the speaker comes from a `<v Name>` voice tag or a `Name:` prefix; a cue with neither
 *   continues the current speaker; a leading `- ` (YouTube, film subtitles) marks a change
 *   to an unnamed speaker;
 * - cues with no speaker are joined into paragraphs at sentence ends, after a pause of two
 *   seconds or once the paragraph is long;
 * - timings are kept only as metadata (turn startMs/endMs and one time mark per paragraph);
 * - a multilingual SRT (.msrt) keeps each cue as a paragraph with one line per language.
 */
export interface SubtitleText {
  text: string;
  turns: Turn[];
  timeMarks: TimeMark[];
  cueCount: number;
}

interface Piece {
  text: string;
  speaker?: string;
  /** A leading dash: someone else speaks now. */
  change: boolean;
  startMs: number;
  endMs: number;
}

interface Group {
  speaker: string | undefined;
  body: string;
  startMs: number;
  endMs: number;
}

const PAUSE_MS = 2000;
const LONG_PARAGRAPH = 500;
const PREFIX = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*|SPEAKER_\d+)(?: [\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.-]*){0,3}):\s+(?=\S)/u;
const DASH = /^[-–—]\s*(?=\S)/;

export function readSubtitles(source: string, options: { multilingual: boolean }): SubtitleText {
  const cues = parseCues(source);
  const groups = options.multilingual ? cues.map(multilingualGroup) : groupPieces(cuePieces(cues));
  let text = '';
  const turns: Turn[] = [];
  const timeMarks: TimeMark[] = [];
  for (const g of groups) {
    if (text.length > 0) text += '\n\n';
    const start = text.length;
    if (g.speaker !== undefined) {
      text += `${g.speaker}: ${g.body}`;
      const labelEnd = start + g.speaker.length + 1;
      turns.push({ speaker: g.speaker, start, end: text.length, labelStart: start, labelEnd, textStart: labelEnd + 1, startMs: g.startMs, endMs: g.endMs });
    } else {
      text += g.body;
    }
    timeMarks.push({ offset: start, startMs: g.startMs, endMs: g.endMs });
  }
  return { text, turns, timeMarks, cueCount: cues.length };
}

function multilingualGroup(cue: Cue): Group {
  return { speaker: cue.voice, body: cue.lines.join('\n'), startMs: cue.startMs, endMs: cue.endMs };
}

/** Split cues at dashes and name prefixes; keep only prefixes that behave like speakers. */
function cuePieces(cues: Cue[]): Piece[] {
  const pieces: Piece[] = [];
  for (const cue of cues) {
    let piece: Piece | undefined;
    cue.lines.forEach((line, i) => {
      const dash = DASH.exec(line);
      const prefix = dash ? undefined : PREFIX.exec(line);
      if (i === 0 || dash || prefix) {
        piece = { text: '', change: dash !== null, startMs: cue.startMs, endMs: cue.endMs };
        if (i === 0 && cue.voice !== undefined) piece.speaker = cue.voice;
        else if (prefix) piece.speaker = `\u0000${prefix[1]}`;
        pieces.push(piece);
        piece.text = dash ? line.slice(dash[0].length) : line;
        return;
      }
      piece!.text = join(piece!.text, line);
    });
  }
  return acceptPrefixes(pieces);
}

/**
 * A `Name:` prefix (marked with a leading NUL above) counts as a speaker only if that name, or
 * some other prefixed name, occurs at least twice: one "So: ..." is not a cast list.
 */
function acceptPrefixes(pieces: Piece[]): Piece[] {
  const counts = new Map<string, number>();
  for (const p of pieces) if (p.speaker?.startsWith('\u0000')) counts.set(p.speaker, (counts.get(p.speaker) ?? 0) + 1);
  const anyRecurs = [...counts.values()].some((n) => n >= 2);
  for (const p of pieces) {
    if (!p.speaker?.startsWith('\u0000')) continue;
    const name = p.speaker.slice(1);
    if (anyRecurs && !notSpeakers.has(name.toLowerCase())) {
      p.speaker = name;
      p.text = p.text.replace(PREFIX, '');
    } else {
      delete p.speaker;
    }
  }
  return pieces;
}

function groupPieces(pieces: Piece[]): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  for (const p of pieces) {
    const newSpeaker = p.speaker !== undefined && p.speaker !== current?.speaker;
    const unnamedChange = p.change && p.speaker === undefined;
    const paragraphEnds =
      current !== undefined &&
      current.speaker === undefined &&
      p.speaker === undefined &&
      /[.?!…。？！]["'”’)\]]*$/u.test(current.body) &&
      (p.startMs - current.endMs >= PAUSE_MS || current.body.length >= LONG_PARAGRAPH);
    if (!current || newSpeaker || unnamedChange || paragraphEnds) {
      current = { speaker: unnamedChange ? undefined : (p.speaker ?? current?.speaker), body: p.text, startMs: p.startMs, endMs: p.endMs };
      groups.push(current);
    } else {
      current.body = join(current.body, p.text);
      current.endMs = p.endMs;
    }
  }
  return groups.filter((g) => g.body.trim().length > 0);
}

/** Scripts written without spaces between words (Chinese, Japanese, Thai) join without one. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]/u;

const LAST_LETTER = /\p{L}(?=[^\p{L}]*$)/u;
const FIRST_LETTER = /\p{L}/u;

/** Join two pieces of one sentence, looking past punctuation ("项目..." + "...和") to the letters. */
function join(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const last = LAST_LETTER.exec(a)?.[0] ?? '';
  const first = FIRST_LETTER.exec(b)?.[0] ?? '';
  return NO_SPACE_SCRIPT.test(last) || NO_SPACE_SCRIPT.test(first) ? a + b : `${a} ${b}`;
}
