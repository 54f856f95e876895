import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import type { DocumentSpeaker } from '../model/participantTypes';
import type { TranscriptTurn } from '../model/types';

/**
 * The speakers of a new document: one row per label with its turn count. A label that names
 * an existing participant is linked to them; a label the researcher has already called "not
 * a participant" elsewhere (Interviewer, Facilitator) is marked so again. Anything else waits
 * for the researcher: "Speaker 1" in two interviews is rarely the same person.
 */
export interface SpeakerDecisions {
  participantByName: Map<string, number>;
  notParticipantLabels: Set<string>;
}

/** What the project already knows about speaker labels (read once per import, not per file). */
export function speakerDecisions(file: ProjectFile): SpeakerDecisions {
  const participants = statement(file.sqlite, 'SELECT id, name FROM participants').all() as { id: number; name: string }[];
  const excluded = statement(file.sqlite, 'SELECT DISTINCT label FROM document_speakers WHERE not_participant = 1').all() as { label: string }[];
  return {
    participantByName: new Map(participants.map((p) => [p.name.toLocaleLowerCase(), p.id])),
    notParticipantLabels: new Set(excluded.map((e) => e.label.toLocaleLowerCase())),
  };
}

/** Turns per speaker label, in order of first appearance. */
export function countSpeakers(turns: readonly TranscriptTurn[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  return [...counts];
}

export function recordDocumentSpeakers(
  file: ProjectFile,
  documentId: number,
  counts: readonly [string, number][],
  decisions: SpeakerDecisions = speakerDecisions(file),
): void {
  if (counts.length === 0) return;
  const insert = statement(file.sqlite, 
    'INSERT INTO document_speakers (document_id, label, turn_count, participant_id, not_participant) VALUES (?, ?, ?, ?, ?)',
  );
  for (const [label, count] of counts) {
    const key = label.toLocaleLowerCase();
    const participantId = decisions.participantByName.get(key) ?? null;
    const notParticipant = participantId === null && decisions.notParticipantLabels.has(key) ? 1 : 0;
    insert.run(documentId, label, count, participantId, notParticipant);
  }
}

export function documentSpeakers(file: ProjectFile, documentId: number): DocumentSpeaker[] {
  return (
    statement(file.sqlite, 
        'SELECT document_id AS documentId, label, turn_count AS turnCount, participant_id AS participantId, not_participant AS notParticipant FROM document_speakers WHERE document_id = ? ORDER BY turn_count DESC, label',
      )
      .all(documentId) as (Omit<DocumentSpeaker, 'notParticipant'> & { notParticipant: number })[]
  ).map((s) => ({ ...s, notParticipant: s.notParticipant === 1 }));
}
