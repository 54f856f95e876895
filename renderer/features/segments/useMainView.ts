import { useCallback, useState } from 'react';

/** What the middle of the workspace shows: the transcript (the default) or one of the project-wide views. */
export type MainView = 'transcript' | 'segments' | 'memos' | 'history' | 'matrices' | 'queries' | 'configurations';

/** The coded segments asked for: a code (or every code), and which coders and documents (null: all). */
export interface SegmentQuery {
  codeId: number | null;
  includeChildren: boolean;
  coderIds: number[] | null;
  documentIds: number[] | null;
}

export const allSegments: SegmentQuery = { codeId: null, includeChildren: true, coderIds: null, documentIds: null };

/** The main view and the coded-segments question, kept while the researcher goes back and forth. */
export function useMainView() {
  const [view, setView] = useState<MainView>('transcript');
  const [segmentQuery, setSegmentQuery] = useState<SegmentQuery>(allSegments);
  const showSegments = useCallback((codeId: number, includeChildren: boolean) => {
    setSegmentQuery((q) => ({ ...q, codeId, includeChildren }));
    setView('segments');
  }, []);
  return { view, setView, segmentQuery, setSegmentQuery, showSegments };
}
