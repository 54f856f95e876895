import { Parser } from 'htmlparser2';
import { parseTimestamp } from '../turns/time';

/**
 * Cues of a WebVTT or SubRip file, as exported by Zoom, Teams, Otter, YouTube and podcast
 * hosts. Tolerant by design: a cue is a timing line (`start --> end`, with `.` or `,` before
 * the milliseconds, hours optional, or bare seconds such as `0.000 --> 3.480`) and the text
 * lines after it up to a blank line. Anything else (the WEBVTT header, NOTE and STYLE blocks,
 * SRT numbers, a multilingual SRT's `[*]` preamble) is not cue text.
 */
export interface Cue {
  startMs: number;
  endMs: number;
  /** Text lines with tags removed and entities decoded; a voice tag's name is in `voice`. */
  lines: string[];
  /** The speaker named by a `<v Name>` tag, if any. */
  voice?: string;
}

const TIMING = /^\s*([\d:.,]+)\s+-->\s+([\d:.,]+)/;

export function parseCues(text: string): Cue[] {
  const cues: Cue[] = [];
  let current: { startMs: number; endMs: number; raw: string[] } | undefined;
  const close = () => {
    if (current) cues.push(cleanCue(current.startMs, current.endMs, current.raw));
    current = undefined;
  };
  for (const line of text.split('\n')) {
    const timing = TIMING.exec(line);
    if (timing) {
      const startMs = parseTimestamp(timing[1]!);
      const endMs = parseTimestamp(timing[2]!);
      if (startMs !== undefined && endMs !== undefined) {
        // An SRT number written with no blank line before it belongs to this cue, not the last.
        if (current && current.raw.length > 0 && /^\d+$/.test(current.raw[current.raw.length - 1]!.trim())) current.raw.pop();
        close();
        current = { startMs, endMs, raw: [] };
        continue;
      }
    }
    if (!current) continue;
    if (line.trim() === '') close();
    else current.raw.push(line);
  }
  close();
  return cues.filter((c) => c.lines.length > 0);
}

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]+)>/;

function cleanCue(startMs: number, endMs: number, raw: string[]): Cue {
  let voice: string | undefined;
  const lines: string[] = [];
  for (const line of raw) {
    const v = VOICE.exec(line);
    if (v && voice === undefined) voice = v[1]!.trim();
    // Karaoke timestamps (<00:00:01.000>) and ASS positioning ({\an8}) are not words.
    const untimed = line.replace(/<\d[\d:.]*>/g, '').replace(/\{\\[^}]*\}/g, '');
    const clean = stripTags(untimed).trim();
    if (clean.length > 0) lines.push(clean);
  }
  return voice === undefined ? { startMs, endMs, lines } : { startMs, endMs, lines, voice };
}

/** Drop <i>, <b>, <c.x>, <v Name>, </v>, <font ...> and decode &amp; &lt; &nbsp; ... */
function stripTags(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  let out = '';
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  parser.write(s);
  parser.end();
  return out;
}
