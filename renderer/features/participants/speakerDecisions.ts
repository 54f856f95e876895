import type { DocumentSpeaker, Participant, SpeakerLabel, SpeakerMapping } from '../../../core/model/participantTypes';

/** Who a speaker label is, as the mapping form holds it. */
export type SpeakerChoice =
  | { kind: 'undecided' }
  | { kind: 'not' }
  | { kind: 'new'; name: string }
  | { kind: 'existing'; participantId: number };

export interface LabelDecision {
  label: string;
  /** One choice for every document the label appears in… */
  choice: SpeakerChoice;
  /** …or one per document. */
  perDocument: boolean;
  byDocument: Record<number, SpeakerChoice>;
  /** The choice was proposed by Coherence, not made by anyone yet. */
  suggested: boolean;
}

/** Labels that name the research team's side of the conversation, not someone being studied. */
const teamLabel = /^(interviewer|interviewers|facilitator|co-?facilitator|moderator|host|researcher|research(er)? assistant|note[- ]?taker|observer|chair|int|iv|i|q)\b\.?\s*\d*$/i;
const unknownLabel = /^(unknown|unidentified|inaudible)( speaker)?$/i;
/** Labels transcribers give whoever is being interviewed: in two documents they are usually two people. */
const roleLabel = /^(interviewee|participant|respondent|patient|client|guest|speaker[ _]?\d*|p\d*|r\d*|s\d*)\.?$/i;

export function isRoleLabel(label: string): boolean {
  return roleLabel.test(label.trim());
}

export function looksLikeTeam(label: string): boolean {
  return teamLabel.test(label.trim());
}

function current(speaker: DocumentSpeaker): SpeakerChoice {
  if (speaker.participantId !== null) return { kind: 'existing', participantId: speaker.participantId };
  if (speaker.notParticipant) return { kind: 'not' };
  return { kind: 'undecided' };
}

function sameChoice(a: SpeakerChoice, b: SpeakerChoice): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'existing' && b.kind === 'existing') return a.participantId === b.participantId;
  return a.kind !== 'new';
}

/** A first guess for a label nobody has decided: the team is not a participant; a known name is that participant; anyone else is new. */
export function suggest(label: string, participants: Participant[]): SpeakerChoice {
  if (looksLikeTeam(label)) return { kind: 'not' };
  if (unknownLabel.test(label.trim())) return { kind: 'undecided' };
  const known = participants.find((p) => p.name.trim().toLowerCase() === label.trim().toLowerCase());
  return known ? { kind: 'existing', participantId: known.id } : { kind: 'new', name: label.trim() };
}

/** The form's starting state: what is decided already, and suggestions where nothing is. */
export function initialDecision(speaker: SpeakerLabel, participants: Participant[]): LabelDecision {
  const choices = speaker.documents.map(current);
  const byDocument = Object.fromEntries(speaker.documents.map((d, i) => [d.documentId, choices[i]!]));
  const first = choices[0] ?? { kind: 'undecided' as const };
  const uniform = choices.every((c) => sameChoice(c, first));
  if (uniform && first.kind === 'undecided') {
    if (speaker.documents.length > 1 && isRoleLabel(speaker.label)) {
      // "Interviewee" in three interviews is three people: one new participant per document.
      const each = Object.fromEntries(speaker.documents.map((d) => [d.documentId, { kind: 'new' as const, name: `${speaker.label.trim()} (${d.title})` }]));
      return { label: speaker.label, choice: first, perDocument: true, byDocument: each, suggested: true };
    }
    const only = speaker.documents[0];
    const guess: SpeakerChoice =
      isRoleLabel(speaker.label) && only ? { kind: 'new', name: `${speaker.label.trim()} (${only.title})` } : suggest(speaker.label, participants);
    return { label: speaker.label, choice: guess, perDocument: false, byDocument, suggested: guess.kind !== 'undecided' };
  }
  return { label: speaker.label, choice: first, perDocument: !uniform, byDocument, suggested: false };
}

function toAs(choice: SpeakerChoice, participants: Participant[]): SpeakerMapping['as'] {
  switch (choice.kind) {
    case 'undecided':
      return 'undecided';
    case 'not':
      return 'not-participant';
    case 'existing':
      return { participantId: choice.participantId };
    case 'new': {
      // A "new" participant whose name exists already is that participant.
      const known = participants.find((p) => p.name.trim().toLowerCase() === choice.name.trim().toLowerCase());
      return known ? { participantId: known.id } : { newParticipant: choice.name.trim() || 'Unnamed participant' };
    }
  }
}

/** The mappings that change something, for speakers.map. */
export function changedMappings(speakers: SpeakerLabel[], decisions: Map<string, LabelDecision>, participants: Participant[]): SpeakerMapping[] {
  const out: SpeakerMapping[] = [];
  for (const speaker of speakers) {
    const decision = decisions.get(speaker.label);
    if (!decision) continue;
    if (!decision.perDocument) {
      if (speaker.documents.some((d) => !sameChoice(current(d), decision.choice))) {
        out.push({ label: speaker.label, as: toAs(decision.choice, participants) });
      }
      continue;
    }
    for (const d of speaker.documents) {
      const choice = decision.byDocument[d.documentId] ?? current(d);
      if (!sameChoice(current(d), choice)) out.push({ label: speaker.label, documentId: d.documentId, as: toAs(choice, participants) });
    }
  }
  return out;
}

export function isDecided(decision: LabelDecision): boolean {
  if (!decision.perDocument) return decision.choice.kind !== 'undecided';
  return Object.values(decision.byDocument).every((c) => c.kind !== 'undecided');
}
