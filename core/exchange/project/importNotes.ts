import type { ProjectFile } from '../../../db/projectFile';
import type { MemoTarget } from '../../model/codingTypes';
import { CodePointMap } from '../../model/offsets';
import { createMemo } from '../../memos/memoQueries';
import type { ExchangeNote, ExchangeProject, Guid, NoteAttachment } from '../refi/model';
import type { ReportCollector } from '../refi/reports';
import { adoptDates, adoptGuid } from './adoptIdentity';
import type { CoderMapping } from './importCoders';
import type { ImportedSources, PlacedSelection } from './importSources';
import { participantFromMarker } from './participantMemos';

/**
 * Notes become memos on what they are attached to: the project, a document, a code or a
 * coding. A note on a selection goes to the selection's coding (the first, if it has several);
 * a note on a selection that carries no coding becomes a memo on its document, opening with
 * the passage it was about. Segment comments (a selection's description) and document
 * descriptions become memos the same way. A Coherence memo has one target, so a note attached
 * to several things is copied to each.
 */
export interface NoteTargets {
  codes: Map<Guid, number>;
  sources: ImportedSources;
  participants: Map<string, number>;
  coders: CoderMapping;
}

export function importNotes(file: ProjectFile, project: ExchangeProject, targets: NoteTargets, report: ReportCollector): void {
  let freeStanding = 0;
  let copies = 0;
  let passageNotes = 0;
  for (const note of project.notes) {
    const places = note.attachedTo.map((a) => place(a, targets)).filter((p): p is Place => p !== undefined);
    const participant = places.length === 0 ? participantFromMarker(note.description) : undefined;
    const participantId = participant === undefined ? undefined : targets.participants.get(participant.toLocaleLowerCase());
    if (participantId !== undefined) places.push({ target: { kind: 'participant', id: participantId } });
    if (places.length === 0) {
      places.push({ target: { kind: 'project' } });
      if (note.attachedTo.length === 0) freeStanding++;
      else report.adjust('memo', 'what it was attached to was not carried over; it became a project memo', { guid: note.guid, name: note.name });
    }
    if (places.length > 1) copies++;
    const extra = participantId === undefined && note.description ? note.description : undefined;
    for (const [i, p] of places.entries()) {
      if (p.passage) passageNotes++;
      const body = [p.passage, extra, note.text].filter((x): x is string => Boolean(x)).join('\n\n');
      const memo = createMemo(file, { target: p.target, title: note.name ?? '', body, ...author(note, targets.coders) });
      if (i === 0) adoptGuid(file, 'memos', memo.id, note.guid);
      adoptDates(file, 'memos', memo.id, note.creationDateTime, note.modifiedDateTime);
    }
  }
  if (freeStanding) report.adjust('memo', `${freeStanding} memo(s) attached to nothing in particular became project memos`);
  if (copies) report.adjust('memo', `${copies} memo(s) attached to several things were copied to each (a Coherence memo has one subject)`);
  if (passageNotes) report.adjust('memo', `${passageNotes} memo(s) on passages that carry no coding became document memos that quote the passage`);

  let comments = 0;
  for (const placed of targets.sources.selections.values()) {
    if (!placed.selection.description) continue;
    const p = selectionPlace(placed);
    createMemo(file, { target: p.target, title: 'Comment', body: [p.passage, placed.selection.description].filter(Boolean).join('\n\n'), ...author(placed.selection, targets.coders) });
    comments++;
  }
  if (comments) report.adjust('comment', `${comments} comment(s) on coded passages became memos on their codings (or documents)`);
  const descriptions = project.sources.filter((s) => s.description);
  for (const s of descriptions) {
    const doc = targets.sources.documents.get(s.guid);
    if (doc) createMemo(file, { target: { kind: 'document', id: doc.id }, title: 'Description', body: s.description! });
  }
  if (descriptions.length) report.adjust('text document', `the descriptions of ${descriptions.length} document(s) became document memos`);
  if (project.description) {
    createMemo(file, { target: { kind: 'project' }, title: 'Project description', body: project.description });
    report.adjust('project', 'its description became a project memo');
  }
}

interface Place {
  target: MemoTarget;
  /** For a memo on a passage without a coding: the passage, quoted. */
  passage?: string;
}

function place(a: NoteAttachment, t: NoteTargets): Place | undefined {
  switch (a.kind) {
    case 'project':
      return { target: { kind: 'project' } };
    case 'code': {
      const id = t.codes.get(a.guid);
      return id === undefined ? undefined : { target: { kind: 'code', id } };
    }
    case 'source': {
      const doc = t.sources.documents.get(a.guid);
      return doc ? { target: { kind: 'document', id: doc.id } } : undefined;
    }
    case 'coding': {
      const id = t.sources.codings.get(a.guid);
      return id === undefined ? undefined : { target: { kind: 'coding', id } };
    }
    case 'selection': {
      const placed = t.sources.selections.get(a.guid);
      return placed ? selectionPlace(placed) : undefined;
    }
  }
}

function selectionPlace(placed: PlacedSelection): Place {
  const codingId = placed.codingIds[0];
  if (codingId !== undefined) return { target: { kind: 'coding', id: codingId } };
  const { start, end } = placed.selection;
  const quoted = placed.documentText.slice(start, end);
  const short = quoted.length > 200 ? `${quoted.slice(0, 200)}…` : quoted;
  // Characters counted as people (and the CLI) count them: code points, not UTF-16 units.
  const map = new CodePointMap(placed.documentText);
  return { target: { kind: 'document', id: placed.documentId }, passage: `On the passage “${short}” (characters ${map.toCodePoint(start)}–${map.toCodePoint(end)}):` };
}

function author(item: Pick<ExchangeNote, 'creatingUser'>, coders: CoderMapping): { authorId?: number } {
  const id = coders.known(item.creatingUser);
  return id === undefined ? {} : { authorId: id };
}
