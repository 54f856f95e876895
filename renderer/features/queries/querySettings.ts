import { useCallback, useState } from 'react';

export type QueryKind = 'cooccurrence' | 'matrixCoding' | 'byCoder' | 'words' | 'density';
export type Measure = 'passages' | 'participants' | 'characters';

/** Every question the Queries view can ask, as the researcher last set it. */
export interface QuerySettings {
  kind: QueryKind;
  /** The codes compared (null: the first framework's themes, until chosen). */
  codeIds: number[] | null;
  /** Only this coder's codings (null: everyone's). */
  coderId: number | null;
  mode: 'overlap' | 'turn';
  cooccurrenceShow: 'table' | 'heatmap';
  attributeId: number | null;
  measure: Measure;
  matrixShow: 'table' | 'chart';
  coderShow: 'table' | 'chart';
  wordSource: 'code' | 'documents';
  wordCodeId: number | null;
  /** 'all', 'set:<id>' or 'document:<id>'. */
  wordDocuments: string;
  language: string;
  wordLimit: number;
  densityMeasure: 'passages' | 'share';
  densityBy: 'framework' | 'codes';
  densityShow: 'chart' | 'table';
}

const initial: QuerySettings = {
  kind: 'cooccurrence',
  codeIds: null,
  coderId: null,
  mode: 'overlap',
  cooccurrenceShow: 'table',
  attributeId: null,
  measure: 'passages',
  matrixShow: 'table',
  coderShow: 'table',
  wordSource: 'code',
  wordCodeId: null,
  wordDocuments: 'all',
  language: 'en',
  wordLimit: 50,
  densityMeasure: 'passages',
  densityBy: 'framework',
  densityShow: 'chart',
};

// Kept for the window's life, so leaving the Queries tab and coming back finds the same question.
let remembered = initial;

export function useQuerySettings(): [QuerySettings, (change: Partial<QuerySettings>) => void] {
  const [settings, setSettings] = useState(remembered);
  const update = useCallback((change: Partial<QuerySettings>) => {
    setSettings((s) => (remembered = { ...s, ...change }));
  }, []);
  return [settings, update];
}
