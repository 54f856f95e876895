import type { ProjectFile } from '../../db/projectFile';
import { statement } from '../../db/statements';
import { unpackTurns } from '../documents/turnCodec';
import type { TranscriptTurn } from '../model/types';

/**
 * Who was speaking at a place in a document: the turn that contains the offset, its speaker
 * label, and the participant that label is mapped to. A document without turns but with one
 * linked participant (a one-to-one interview transcribed without labels) gives that participant.
 */
export interface SpeakerAt {
  speaker: string | null;
  participant: { id: number; name: string } | null;
}

export function speakerLookup(file: ProjectFile): (documentId: number, offset: number) => SpeakerAt {
  const cache = new Map<number, { turns: TranscriptTurn[]; byLabel: Map<string, { id: number; name: string }>; only: { id: number; name: string } | null }>();
  const load = (documentId: number) => {
    let entry = cache.get(documentId);
    if (entry) return entry;
    const row = statement(file.sqlite, 'SELECT turns FROM documents WHERE id = ?').get(documentId) as { turns: string } | undefined;
    const mapped = statement(
      file.sqlite,
      'SELECT s.label, p.id, p.name FROM document_speakers s JOIN participants p ON p.id = s.participant_id WHERE s.document_id = ?',
    ).all(documentId) as { label: string; id: number; name: string }[];
    const linked = statement(
      file.sqlite,
      'SELECT p.id, p.name FROM document_participants d JOIN participants p ON p.id = d.participant_id WHERE d.document_id = ?',
    ).all(documentId) as { id: number; name: string }[];
    const everyone = new Map([...mapped.map((m) => [m.id, { id: m.id, name: m.name }] as const), ...linked.map((l) => [l.id, l] as const)]);
    entry = {
      turns: row ? unpackTurns(row.turns) : [],
      byLabel: new Map(mapped.map((m) => [m.label, { id: m.id, name: m.name }])),
      only: everyone.size === 1 ? [...everyone.values()][0]! : null,
    };
    cache.set(documentId, entry);
    return entry;
  };
  return (documentId, offset) => {
    const doc = load(documentId);
    let lo = 0;
    let hi = doc.turns.length - 1;
    let turn: TranscriptTurn | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = doc.turns[mid]!;
      if (t.start > offset) hi = mid - 1;
      else {
        turn = t;
        lo = mid + 1;
      }
    }
    if (turn && offset < Math.max(turn.end, turn.start + 1)) {
      return { speaker: turn.speaker, participant: doc.byLabel.get(turn.speaker) ?? null };
    }
    return { speaker: null, participant: doc.turns.length === 0 ? doc.only : null };
  };
}
