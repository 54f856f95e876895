import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import type { Session } from '../session';
import { cooccurrence, cooccurrencePassages } from './cooccurrence';
import { cellPassages, setCell } from './matrixCells';
import { matrixCoding, matrixCodingPassages } from './matrixCoding';
import { matrixEvidence } from './matrixEvidence';
import { exportMatrixCsv, exportMatrixXlsx } from './matrixExports';
import { createMatrix, deleteMatrix, getMatrix, listMatrices, updateMatrix } from './matrixQueries';
import { exportQueryCsv } from './queryExports';
import { wordFrequency } from './wordFrequency';

const changed = (s: Session, matrixId: number | null) => s.emit('matrices.changed', { matrixId });

export const frameworkHandlers: HandlerMap<
  | 'matrices.list'
  | 'matrices.create'
  | 'matrices.update'
  | 'matrices.delete'
  | 'matrices.get'
  | 'matrices.cellPassages'
  | 'matrices.setCell'
  | 'matrices.exportCsv'
  | 'matrices.exportXlsx'
  | 'queries.cooccurrence'
  | 'queries.cooccurrencePassages'
  | 'queries.matrixCoding'
  | 'queries.matrixCodingPassages'
  | 'queries.wordFrequency'
  | 'queries.exportCsv'
> = {
  'matrices.list': (_a, s) => listMatrices(s.project),
  'matrices.create': (a, s) => {
    const f = s.project;
    const matrix = recordAction(f, `Create matrix ${a.name}`, null, () => createMatrix(f, a));
    changed(s, matrix.id);
    return matrix;
  },
  'matrices.update': (a, s) => {
    const f = s.project;
    const matrix = recordAction(f, `Change matrix ${getMatrix(f, a.matrixId).name}`, null, () => updateMatrix(f, a.matrixId, a));
    changed(s, matrix.id);
    return matrix;
  },
  'matrices.delete': (a, s) => {
    const f = s.project;
    recordAction(f, `Delete matrix ${getMatrix(f, a.matrixId).name}`, null, () => deleteMatrix(f, a.matrixId));
    changed(s, null);
    return null;
  },
  'matrices.get': (a, s) => matrixEvidence(s.project, getMatrix(s.project, a.matrixId)).view,
  'matrices.cellPassages': (a, s) => cellPassages(s.project, a.matrixId, a.rowId, a.codeId),
  'matrices.setCell': (a, s) => {
    const f = s.project;
    recordAction(f, 'Write a matrix summary', null, () => setCell(f, a));
    changed(s, a.matrixId);
    return null;
  },
  'matrices.exportCsv': (a, s) => exportMatrixCsv(s.project, getMatrix(s.project, a.matrixId), a.cells, a.excelBom ?? false),
  'matrices.exportXlsx': (a, s) => exportMatrixXlsx(s.project, getMatrix(s.project, a.matrixId), a.cells),
  'queries.cooccurrence': (a, s) => cooccurrence(s.project, a),
  'queries.cooccurrencePassages': (a, s) => cooccurrencePassages(s.project, a.codeA, a.codeB, a),
  'queries.matrixCoding': (a, s) => matrixCoding(s.project, a),
  'queries.matrixCodingPassages': (a, s) => matrixCodingPassages(s.project, a),
  'queries.wordFrequency': (a, s) => wordFrequency(s.project, a),
  'queries.exportCsv': (a, s) => exportQueryCsv(s.project, a),
};
