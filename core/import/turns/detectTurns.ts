import { AppError } from '../../model/errors';
import type { ConventionId, TimeMark, Turn, TurnDetection, TurnMode } from '../types';
import { notSpeakers, speakerConventions, timestampConvention, type Convention } from './conventions';
import { buildTurns, type Label } from './buildTurns';
import { summariseTurns } from './summary';
import { parseTimestamp } from './time';

/**
 * Find speaker turns in a transcript's stored text without changing it. Every line start is
 * tried against each convention; the convention whose labels, after the false-positive guard,
 * cover the most lines wins. Timestamps at line starts are recorded as time marks whether or
 * not speakers are found.
 */
export function detectTurns(text: string, mode: TurnMode = 'auto'): TurnDetection {
  if (mode === 'none') return finish(text, 'none', 'Turn detection switched off', [], [], [], 0);
  if (typeof mode === 'object') return detectWithPattern(text, mode.pattern);

  const candidates = speakerConventions.map(() => [] as Label[]);
  const stamps: Label[] = [];
  forEachLine(text, (lineStart, labelStart) => {
    speakerConventions.forEach((convention, i) => {
      const label = matchAt(text, convention, lineStart, labelStart);
      if (label) candidates[i]!.push(label);
    });
    const stamp = matchAt(text, timestampConvention, lineStart, labelStart);
    if (stamp) stamps.push(stamp);
  });

  let best: { convention: Convention; labels: Label[]; header: string[] } | undefined;
  speakerConventions.forEach((convention, i) => {
    const guarded = guardLabels(candidates[i]!, convention);
    if (!guarded || (best && guarded.labels.length <= best.labels.length)) return;
    best = { convention, ...guarded };
  });

  if (!best) {
    const marks = stamps.length >= 2 ? stamps.map(toTimeMark).filter((m) => m !== undefined) : [];
    const id = marks.length > 0 ? 'timestamps' : 'none';
    const label = marks.length > 0 ? timestampConvention.label : 'No speaker labels found';
    const notes = marks.length > 0 ? ['Lines start with timestamps but name no speakers, so no turns were made.'] : [];
    return finish(text, id, label, [], marks, notes, 0);
  }
  const turns = buildTurns(text, best.labels, best.convention.mergeRepeats);
  const notes: string[] = [];
  if (best.header.length > 0) {
    notes.push(`Lines before the conversation that look like labels were left as a header: ${best.header.map((h) => `"${h}"`).join(', ')}.`);
  }
  // One clock time opening one line ("10:30 we met") is prose; a run of them is a layout.
  const marks = mergeTimeMarks(stamps.length >= 2 ? stamps : [], best.labels);
  return finish(text, best.convention.id, best.convention.label, turns, marks, notes, best.labels.length);
}

/** Call visit for each line with its start and the first non-blank position on it. */
function forEachLine(text: string, visit: (lineStart: number, labelStart: number) => void): void {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let labelStart = lineStart;
    while (labelStart < text.length && (text.charCodeAt(labelStart) === 32 || text.charCodeAt(labelStart) === 9)) labelStart++;
    if (labelStart < text.length && text.charCodeAt(labelStart) !== 10) visit(lineStart, labelStart);
    const next = text.indexOf('\n', labelStart);
    if (next === -1) break;
    lineStart = next + 1;
  }
}

function matchAt(text: string, convention: Convention, lineStart: number, labelStart: number): Label | undefined {
  const re = convention.pattern;
  re.lastIndex = labelStart;
  const m = re.exec(text);
  if (!m) return undefined;
  const labelEnd = labelStart + m[0].length;
  const time = m.groups?.time ?? m.groups?.time2;
  return {
    lineStart,
    labelStart,
    labelEnd,
    speaker: (m.groups?.speaker ?? '').trim(),
    time,
    ownLine: isLineEnd(text, labelEnd),
  };
}

function isLineEnd(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i === text.length || text.charCodeAt(i) === 10;
}

/**
 * Keep the labels that behave like speakers. Some speaker must recur. For plain `Name:` labels
 * the conversation is taken to begin at the first label whose speaker speaks again, and
 * label-like lines before it are a header (a protocol's "Present:", "Agenda:"); after that, a
 * speaker heard once is kept only when their label is laid out like the recurring ones (on its
 * own line, or followed by text, and in capitals if all of those are).
 * Returns undefined when what is left is too little to call a convention.
 */
function guardLabels(all: Label[], convention: Convention): { labels: Label[]; header: string[] } | undefined {
  const plausible = all.filter(
    (l) => l.speaker.length > 0 && l.speaker.length <= convention.maxNameLength && !notSpeakers.has(l.speaker.toLowerCase()),
  );
  if (plausible.length < 2) return undefined;
  const counts = new Map<string, number>();
  for (const l of plausible) counts.set(l.speaker, (counts.get(l.speaker) ?? 0) + 1);
  const firstRecurring = plausible.findIndex((l) => counts.get(l.speaker)! >= 2);
  if (firstRecurring === -1) return undefined;
  if (!convention.distrustSingletons) {
    return plausible.length >= 3 || counts.size > 1 ? { labels: plausible, header: [] } : undefined;
  }
  const first = firstRecurring;
  const recurring = plausible.filter((l) => counts.get(l.speaker)! >= 2);
  const recurringLayouts = new Set(recurring.map((l) => l.ownLine));
  // When every recurring name is in capitals (BRETT IVERSEN:), a one-off "Second part:" is prose.
  const capitalsOnly = recurring.every((l) => inCapitals(l.speaker));
  const fits = (l: Label) => recurringLayouts.has(l.ownLine) && (!capitalsOnly || inCapitals(l.speaker));
  const labels = plausible.slice(first).filter((l) => counts.get(l.speaker)! >= 2 || fits(l));
  const header = plausible.slice(0, first).map((l) => l.speaker);
  const recurringSpeakers = [...counts.values()].filter((n) => n >= 2).length;
  if (recurringSpeakers < 2 && labels.length < 3) return undefined;
  return { labels, header };
}

/** Written in capitals, in a script that has them (Hebrew and Chinese names never are). */
function inCapitals(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

function detectWithPattern(text: string, pattern: string): TurnDetection {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch (e) {
    throw new AppError('invalid-args', `The speaker pattern is not a valid regular expression (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!/\(\?<speaker>/.test(pattern)) {
    throw new AppError('invalid-args', 'The speaker pattern needs a named group for the speaker, for example ^(?<speaker>[A-Z]\\w*):');
  }
  const labels: Label[] = [];
  forEachLine(text, (lineStart) => {
    const end = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, end === -1 ? text.length : end);
    const m = re.exec(line);
    const speaker = m?.groups?.speaker?.trim();
    if (!m || !speaker || m[0].length === 0) return;
    const labelStart = lineStart + m.index;
    const labelEnd = labelStart + m[0].length;
    labels.push({ lineStart, labelStart, labelEnd, speaker, time: m.groups?.time, ownLine: isLineEnd(text, labelEnd) });
  });
  const turns = buildTurns(text, labels, false);
  const marks = labels.map(toTimeMark).filter((m) => m !== undefined);
  const notes = labels.length === 0 ? ['The pattern matched no line.'] : [];
  return finish(text, 'custom', `Your pattern: ${pattern}`, turns, marks, notes, labels.length);
}

function toTimeMark(l: Label): TimeMark | undefined {
  const ms = l.time === undefined ? undefined : parseTimestamp(l.time);
  return ms === undefined ? undefined : { offset: l.labelStart, startMs: ms, label: { start: l.labelStart, end: l.labelEnd } };
}

/** Timestamps opening lines plus those written inside speaker labels, in text order, once each. */
function mergeTimeMarks(stamps: Label[], labels: Label[]): TimeMark[] {
  const byOffset = new Map<number, TimeMark>();
  for (const l of [...labels, ...stamps]) {
    const mark = toTimeMark(l);
    if (mark && !byOffset.has(mark.offset)) byOffset.set(mark.offset, mark);
  }
  return [...byOffset.values()].sort((a, b) => a.offset - b.offset);
}

function finish(
  text: string,
  convention: ConventionId,
  conventionLabel: string,
  turns: Turn[],
  timeMarks: TimeMark[],
  notes: string[],
  labelCount: number,
): TurnDetection {
  const speakers = summariseTurns(text, turns);
  if (speakers.length === 1 && labelCount > 0) {
    notes.push(`Only one speaker is labelled (${speakers[0]!.name}); unlabelled text by others is counted in that speaker's turns.`);
  }
  return { convention, conventionLabel, speakers, turnCount: turns.length, timestampCount: timeMarks.length, notes, turns, timeMarks };
}
