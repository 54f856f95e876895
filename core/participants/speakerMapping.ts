import type { ProjectFile } from '../../db/projectFile';
import { AppError } from '../model/errors';
import type { SpeakerLabel, SpeakerMapping } from '../model/participantTypes';
import { createParticipant, findParticipantByName } from './participantQueries';

/** Every speaker label in the project, with each document it appears in and who it is there. */
export function listSpeakerLabels(file: ProjectFile): SpeakerLabel[] {
  const rows = file.sqlite
    .prepare(
      `SELECT s.label, s.document_id AS documentId, d.title, s.turn_count AS turnCount, s.participant_id AS participantId, s.not_participant AS notParticipant
       FROM document_speakers s JOIN documents d ON d.id = s.document_id ORDER BY s.label COLLATE NOCASE, d.title COLLATE NOCASE`,
    )
    .all() as { label: string; documentId: number; title: string; turnCount: number; participantId: number | null; notParticipant: number }[];
  const labels = new Map<string, SpeakerLabel>();
  for (const r of rows) {
    let entry = labels.get(r.label);
    if (!entry) labels.set(r.label, (entry = { label: r.label, documents: [] }));
    entry.documents.push({ ...r, notParticipant: r.notParticipant === 1 });
  }
  return [...labels.values()];
}

/** Say who speakers are. A "new participant" that already exists by name is reused, not duplicated. */
export function mapSpeakers(file: ProjectFile, mappings: SpeakerMapping[]): void {
  const update = file.sqlite.prepare('UPDATE document_speakers SET participant_id = ?, not_participant = ? WHERE label = ? AND (? IS NULL OR document_id = ?)');
  for (const m of mappings) {
    let participantId: number | null = null;
    let notParticipant = 0;
    if (m.as === 'not-participant') notParticipant = 1;
    else if (m.as === 'undecided') participantId = null;
    else if ('participantId' in m.as) {
      if (!file.sqlite.prepare('SELECT 1 FROM participants WHERE id = ?').get(m.as.participantId)) {
        throw new AppError('not-found', `There is no participant with id ${m.as.participantId}.`);
      }
      participantId = m.as.participantId;
    } else {
      participantId = findParticipantByName(file, m.as.newParticipant)?.id ?? createParticipant(file, { name: m.as.newParticipant });
    }
    const documentId = m.documentId ?? null;
    const changed = update.run(participantId, notParticipant, m.label, documentId, documentId).changes;
    if (changed === 0) throw new AppError('not-found', `No document has a speaker labelled "${m.label}"${documentId ? ` (document ${documentId})` : ''}.`);
  }
}
