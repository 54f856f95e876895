import path from 'node:path';
import { loadImportSource } from '../documents/importSource';
import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import type { Session } from '../session';
import { readTable } from '../tables/readTable';
import { exportCodebookCsv, importCodebookCsv } from './codebookCsv';
import { codeStats, createCode, deleteCode, deletionImpact, getCode, listCodes, mergeCodes, moveCode, updateCode } from './codeQueries';

function changed(session: Session, codings = false): void {
  session.emit('codes.changed', {});
  if (codings) {
    session.emit('codings.changed', { documentId: null });
    session.emit('documents.changed', {});
    session.emit('memos.changed', {});
  }
}

export const codebookHandlers: HandlerMap<
  | 'codes.list'
  | 'codes.create'
  | 'codes.update'
  | 'codes.move'
  | 'codes.merge'
  | 'codes.deletionImpact'
  | 'codes.delete'
  | 'codes.stats'
  | 'codebook.importCsv'
  | 'codebook.exportCsv'
> = {
  'codes.list': (_a, s) => listCodes(s.project),
  'codes.create': (a, s) => {
    const f = s.project;
    const code = recordAction(f, `Add code ${a.name}`, null, () => createCode(f, a));
    changed(s);
    return code;
  },
  'codes.update': (a, s) => {
    const f = s.project;
    const code = recordAction(f, `Edit code ${getCode(f, a.codeId).name}`, null, () => {
      if (a.parentId !== undefined && a.parentId !== getCode(f, a.codeId).parentId) moveCode(f, a.codeId, a.parentId);
      return updateCode(f, a.codeId, a);
    });
    changed(s);
    return code;
  },
  'codes.move': (a, s) => {
    const f = s.project;
    recordAction(f, `Move code ${getCode(f, a.codeId).name}`, null, () => moveCode(f, a.codeId, a.parentId, a.index));
    changed(s);
    return null;
  },
  'codes.merge': (a, s) => {
    const f = s.project;
    const label = `Merge ${getCode(f, a.sourceId).name} into ${getCode(f, a.targetId).name}`;
    const code = recordAction(f, label, null, () => mergeCodes(f, a.sourceId, a.targetId));
    changed(s, true);
    return code;
  },
  'codes.deletionImpact': (a, s) => deletionImpact(s.project, a.codeId),
  'codes.delete': (a, s) => {
    const f = s.project;
    const impact = recordAction(f, `Delete code ${getCode(f, a.codeId).name}`, null, () => deleteCode(f, a.codeId));
    changed(s, true);
    return impact;
  },
  'codes.stats': (a, s) => codeStats(s.project, a.documentIds),
  'codebook.importCsv': async (a, s) => {
    const f = s.project;
    const name = 'path' in a.file ? path.basename(a.file.path) : a.file.name;
    const table = await readTable(name, loadImportSource({ name, source: a.file }));
    const result = recordAction(f, `Import codebook ${name}`, null, () => importCodebookCsv(f, name, table));
    changed(s);
    return result;
  },
  'codebook.exportCsv': (_a, s) => exportCodebookCsv(s.project, path.basename(s.project.path, '.coherence')),
};
