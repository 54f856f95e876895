import { createAttribute, deleteAttribute, getAttribute, listAttributes, setAttributeValue, updateAttribute } from '../attributes/attributeQueries';
import { importAttributeTable, previewAttributeTable } from '../attributes/attributeTableImport';
import { loadImportSource } from '../documents/importSource';
import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import { AppError } from '../model/errors';
import type { ImportSource } from '../model/types';
import type { Session } from '../session';
import { addToSet, createSet, deleteSet, listSets, removeFromSet, renameSet } from '../sets/setQueries';
import { readTable } from '../tables/readTable';
import { createParticipant, deleteParticipants, listParticipants, updateParticipant } from './participantQueries';
import { listSpeakerLabels, mapSpeakers } from './speakerMapping';

function changed(session: Session, ...events: ('participants.changed' | 'attributes.changed' | 'documents.changed' | 'sets.changed')[]): null {
  for (const e of events) session.emit(e, {});
  return null;
}

async function tableFrom(source: ImportSource) {
  const name = 'path' in source ? source.path.split(/[\\/]/).pop()! : source.name;
  return { name, table: await readTable(name, loadImportSource({ name, source })) };
}

export const participantHandlers: HandlerMap<
  | 'participants.list'
  | 'participants.create'
  | 'participants.update'
  | 'participants.delete'
  | 'participants.setAttribute'
  | 'speakers.list'
  | 'speakers.map'
  | 'attributes.list'
  | 'attributes.create'
  | 'attributes.update'
  | 'attributes.delete'
  | 'attributes.importPreview'
  | 'attributes.import'
  | 'sets.list'
  | 'sets.create'
  | 'sets.rename'
  | 'sets.delete'
  | 'sets.addDocuments'
  | 'sets.removeDocuments'
> = {
  'participants.list': (_a, s) => listParticipants(s.project),
  'participants.create': (a, s) => {
    const f = s.project;
    const id = recordAction(f, `Add participant ${a.name}`, null, () => createParticipant(f, a));
    changed(s, 'participants.changed');
    const created = listParticipants(f).find((p) => p.id === id);
    if (!created) throw new AppError('internal', 'The new participant could not be read back.');
    return created;
  },
  'participants.update': (a, s) => {
    const f = s.project;
    recordAction(f, 'Edit a participant', null, () => updateParticipant(f, a.participantId, a));
    return changed(s, 'participants.changed', 'documents.changed');
  },
  'participants.delete': (a, s) => {
    const f = s.project;
    recordAction(f, a.participantIds.length === 1 ? 'Delete a participant' : `Delete ${a.participantIds.length} participants`, null, () =>
      deleteParticipants(f, a.participantIds),
    );
    return changed(s, 'participants.changed', 'documents.changed');
  },
  'participants.setAttribute': (a, s) => {
    const f = s.project;
    recordAction(f, 'Set a participant attribute', null, () => setAttributeValue(f, a.attributeId, a.participantId, a.value));
    return changed(s, 'participants.changed');
  },
  'speakers.list': (_a, s) => listSpeakerLabels(s.project),
  'speakers.map': (a, s) => {
    const f = s.project;
    recordAction(f, 'Map speakers to participants', null, () => mapSpeakers(f, a.mappings));
    return changed(s, 'participants.changed', 'documents.changed');
  },
  'attributes.list': (a, s) => listAttributes(s.project, a.scope),
  'attributes.create': (a, s) => {
    const f = s.project;
    const attribute = recordAction(f, `Add attribute ${a.name}`, null, () => createAttribute(f, a));
    changed(s, 'attributes.changed');
    return attribute;
  },
  'attributes.update': (a, s) => {
    const f = s.project;
    recordAction(f, `Change attribute ${getAttribute(f, a.attributeId).name}`, null, () => updateAttribute(f, a.attributeId, a));
    return changed(s, 'attributes.changed', 'participants.changed', 'documents.changed');
  },
  'attributes.delete': (a, s) => {
    const f = s.project;
    recordAction(f, `Delete attribute ${getAttribute(f, a.attributeId).name}`, null, () => deleteAttribute(f, a.attributeId));
    return changed(s, 'attributes.changed', 'participants.changed', 'documents.changed');
  },
  'attributes.importPreview': async (a, s) => {
    const { name, table } = await tableFrom(a.file);
    return previewAttributeTable(s.project, name, table, a.scope);
  },
  'attributes.import': async (a, s) => {
    const f = s.project;
    const { name, table } = await tableFrom(a.file);
    const result = recordAction(f, `Import attributes from ${name}`, null, () =>
      importAttributeTable(f, name, table, a.scope, a.columns, a.createMissing ?? false),
    );
    changed(s, 'attributes.changed', 'participants.changed', 'documents.changed');
    return result;
  },
  'sets.list': (_a, s) => listSets(s.project),
  'sets.create': (a, s) => {
    const f = s.project;
    const set = recordAction(f, `Create set ${a.name}`, null, () => createSet(f, a.name, a.documentIds));
    changed(s, 'sets.changed', 'documents.changed');
    return set;
  },
  'sets.rename': (a, s) => {
    const f = s.project;
    recordAction(f, 'Rename a set', null, () => renameSet(f, a.setId, a.name));
    return changed(s, 'sets.changed');
  },
  'sets.delete': (a, s) => {
    const f = s.project;
    recordAction(f, 'Delete a set', null, () => deleteSet(f, a.setId));
    return changed(s, 'sets.changed', 'documents.changed');
  },
  'sets.addDocuments': (a, s) => {
    const f = s.project;
    recordAction(f, 'Add documents to a set', null, () => addToSet(f, a.setId, a.documentIds));
    return changed(s, 'sets.changed', 'documents.changed');
  },
  'sets.removeDocuments': (a, s) => {
    const f = s.project;
    recordAction(f, 'Remove documents from a set', null, () => removeFromSet(f, a.setId, a.documentIds));
    return changed(s, 'sets.changed', 'documents.changed');
  },
};
