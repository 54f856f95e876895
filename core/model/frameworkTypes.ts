/** Framework matrices and queries, as the API hands them out. */

export type MatrixRowKind = 'participant' | 'document';
export type CellStatus = 'empty' | 'drafted' | 'reviewed';
export type MatrixCellContent = 'summary' | 'passages' | 'counts';

export interface MatrixSummary {
  id: number;
  name: string;
  rowKind: MatrixRowKind;
  codeIds: number[];
  rowIds: number[] | null;
  groupBy: number[];
  createdAt: string;
}

export interface MatrixColumn {
  codeId: number;
  name: string;
  path: string;
  colour: string;
}

export interface MatrixRow {
  id: number;
  label: string;
  /** Values of the grouping attributes, in `groupBy` order ('' when not set). */
  group: string[];
  /** attributeId -> value, for the row's own attributes. */
  attributes: Record<number, string>;
}

export interface MatrixCell {
  rowId: number;
  codeId: number;
  /** Coded passages in this cell (codings of the theme or its sub-codes). */
  passages: number;
  /** Coders whose codings are in the cell, by initials. */
  coders: string[];
  summary: string;
  status: CellStatus;
}

export interface MatrixView extends MatrixSummary {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** One entry per (row, column) that has passages or a summary. */
  cells: MatrixCell[];
  /** The grouping attributes' names, in order. */
  groupNames: string[];
}

export interface CooccurrenceResult {
  codes: MatrixColumn[];
  mode: 'overlap' | 'turn';
  /** counts[i][j]: passages of code i overlapping code j (i = j: passages of code i), or turns with both. */
  counts: number[][];
}

export interface MatrixCodingResult {
  codes: MatrixColumn[];
  attribute: { id: number; name: string };
  values: string[];
  measure: 'passages' | 'participants' | 'characters';
  /** counts[i][k]: for code i and value k. */
  counts: number[][];
}

export interface WordCount {
  word: string;
  count: number;
}
