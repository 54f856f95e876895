import type { ConventionId } from '../types';

/**
 * The ways transcribers and transcription services mark who is speaking. Each pattern is
 * matched at the start of a line (after any spaces or tabs) and covers the label exactly,
 * including a timestamp written beside it. Named groups: `speaker`, and `time` / `time2` for a
 * timestamp before or after the name.
 */
export interface Convention {
  id: Exclude<ConventionId, 'subtitle-cues' | 'custom' | 'none'>;
  /** The convention in a researcher's words, with an example. */
  label: string;
  /** Sticky, so it is tried exactly at a line start without slicing the text. */
  pattern: RegExp;
  /**
   * Caption-style exports repeat the label on every line; consecutive lines of one speaker
   * are then one turn, as with subtitle cues.
   */
  mergeRepeats: boolean;
  /** Longest believable speaker name for this convention. */
  maxNameLength: number;
  /**
   * Plain `Name:` also shapes headings ("Agenda:", "Present:"), so a name heard only once must
   * earn its place; the other conventions are markup nobody writes by accident.
   */
  distrustSingletons: boolean;
}

const TIME = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`;
/** A word of a name: letters (any script), digits, and the marks names carry (O'Neil, Psy.D, היו"ר). */
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}'’"._&\-]*`;
/** One to five words, then optionally a short note in parentheses that is not a time: "Interviewer (SO)". */
const NAME = String.raw`${WORD}(?: ${WORD}){0,4}(?: \((?![\d:.,]+\))[^()\n]{1,24}\))?`;

const sticky = (source: string) => new RegExp(source, 'muy');

export const speakerConventions: readonly Convention[] = [
  {
    id: 'markdown-bold',
    label: '**Name:** (Markdown bold)',
    pattern: sticky(String.raw`\*\*(?<speaker>[^*\s][^*\n]{0,59}?)(?::\*\*|\*\*:)(?:[ \t]+\\?\[(?<time2>${TIME})\\?\])?`),
    mergeRepeats: false,
    maxNameLength: 60,
    distrustSingletons: false,
  },
  {
    id: 'rev',
    label: 'Name (00:00): on its own line (Rev)',
    pattern: sticky(String.raw`(?<speaker>${NAME}) \((?<time2>${TIME})\):(?=[ \t]|$)`),
    mergeRepeats: false,
    maxNameLength: 40,
    distrustSingletons: false,
  },
  {
    id: 'name-time-dash',
    label: 'Name (00:00:15) - text',
    pattern: sticky(String.raw`(?<speaker>${NAME}) \((?<time2>${TIME})\) [-–](?=[ \t]|$)`),
    mergeRepeats: false,
    maxNameLength: 40,
    distrustSingletons: false,
  },
  {
    id: 'otter',
    label: 'Name  0:00 on its own line (Otter)',
    pattern: sticky(String.raw`(?<speaker>${NAME}) {2,}(?<time2>${TIME})(?=[ \t]*$)`),
    mergeRepeats: false,
    maxNameLength: 40,
    distrustSingletons: false,
  },
  {
    id: 'voice-tag',
    label: '<v Name> voice tags',
    pattern: sticky(String.raw`(?:(?<time>${TIME})[ \t]+)?<v(?:\.[\w.-]+)*[ \t]+(?<speaker>[^>\n]{1,60})>`),
    mergeRepeats: true,
    maxNameLength: 60,
    distrustSingletons: false,
  },
  {
    id: 'bracket',
    label: '[Name] at the start of a line',
    pattern: sticky(String.raw`(?:\\?\[(?<time>${TIME})\\?\][ \t]+)?\[(?<speaker>\p{L}[\p{L}\p{M}\p{N} _.'\-]{0,39})\](?=[ \t]|$)`),
    mergeRepeats: false,
    maxNameLength: 40,
    distrustSingletons: false,
  },
  {
    // "MARK MOERDLER, Bernstein Research:" is Mark Moerdler: the affiliation is in the label, not the name.
    id: 'name-colon',
    label: 'Name: at the start of a line',
    pattern: sticky(
      String.raw`(?:\\?\[?(?<time>${TIME})\\?\]?[ \t]+)?(?<speaker>${NAME})(?:, ${WORD}(?: ${WORD}){0,4})?:(?:[ \t]+\\?\[(?<time2>${TIME})\\?\])?(?=[ \t]|$)`,
    ),
    mergeRepeats: false,
    maxNameLength: 40,
    distrustSingletons: true,
  },
];

/** Timestamps that open a line, with no speaker: `00:00:07 text`, `[00:01:23]`, `\[04:06\]`. */
export const timestampConvention: Convention = {
  id: 'timestamps',
  label: 'Timestamps at the start of lines, no speaker names',
  pattern: sticky(String.raw`\\?\[?(?<time>${TIME})(?:\\?\])?(?=[ \t]|$)`),
  mergeRepeats: false,
  maxNameLength: 0,
  distrustSingletons: false,
};

/**
 * Words that end in a colon at the start of a line but are headings or asides, not people.
 * Compared in lower case. "Q" and "A" are deliberately absent: they are speakers in Q&A.
 */
export const notSpeakers: ReadonlySet<string> = new Set([
  'note', 'notes', 'nb', 'n.b', 'n.b.', 'ps', 'p.s', 'p.s.', 'e.g', 'i.e', 'example', 'examples', 'tip', 'warning',
  'caution', 'important', 'update', 'edit', 'source', 'sources', 'see', 'see also', 'date', 'time', 'location', 'place',
  'venue', 'duration', 'length', 'subject', 'title', 're', 'fw', 'fwd', 'agenda', 'present', 'attendees', 'participants',
  'absent', 'apologies', 'transcript', 'transcription', 'transcribed by', 'summary', 'keywords', 'tags', 'url', 'link',
  'links', 'email', 'e-mail', 'tel', 'phone', 'fax', 'website', 'address', 'abstract', 'background', 'aim', 'aims',
  'objective', 'objectives', 'method', 'methods', 'results', 'conclusion', 'conclusions', 'references', 'reference',
  'todo', 'fixme', 'step', 'document', 'documents', 'file', 'question', 'questions', 'topic', 'topics', 'theme', 'themes', 'code', 'codes', 'memo',
  // Words people say before a colon in speech ("Okay: so the next one"), never names.
  'okay', 'ok', 'yes', 'no', 'so', 'well', 'right', 'yeah', 'um', 'uh', 'hmm', 'alright', 'and', 'but', 'then', 'now',
  'also', 'here', 'there', 'basically', 'anyway',
  // Stage directions written in brackets where bracketed names would be speakers.
  'laughs', 'laughter', 'laughing', 'inaudible', 'crosstalk', 'cross talk', 'pause', 'long pause', 'silence', 'music',
  'applause', 'unintelligible', 'indiscernible', 'overlapping', 'overtalk', 'noise', 'coughs', 'sighs', 'break',
  'interruption', 'redacted', 'blank', 'unclear', 'sic',
]);
