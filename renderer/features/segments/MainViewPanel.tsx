import type { MemoTarget } from '../../../core/model/codingTypes';
import type { Code, Coder } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { HistoryView } from '../history/HistoryView';
import { MemosView } from '../memos/MemosView';
import { CodedSegmentsView } from './CodedSegmentsView';
import { mainPanelId, mainTabId } from './MainViewTabs';
import type { MainView, SegmentQuery } from './useMainView';

export interface TextPlace {
  documentId: number;
  start: number;
  end: number;
}

/** The middle of the workspace when it is not the transcript: coded segments, memos or history. */
export function MainViewPanel({
  view,
  codes,
  coders,
  coder,
  blind,
  segmentQuery,
  onSegmentQuery,
  onShowSegments,
  onOpenPlace,
  onOpenDocument,
}: {
  view: Exclude<MainView, 'transcript'>;
  codes: readonly Code[];
  coders: readonly Coder[];
  coder: Coder | null;
  blind: boolean;
  segmentQuery: SegmentQuery;
  onSegmentQuery: (query: SegmentQuery) => void;
  onShowSegments: (codeId: number, includeChildren: boolean) => void;
  /** Show words of a document in the transcript (selected). */
  onOpenPlace: (place: TextPlace) => void;
  onOpenDocument: (documentId: number) => void;
}) {
  const api = useApi();

  const openTarget = async (target: MemoTarget) => {
    if (target.kind === 'document') return onOpenDocument(target.id);
    if (target.kind === 'code') return onShowSegments(target.id, codes.some((c) => c.parentId === target.id));
    if (target.kind === 'coding') {
      // A memo knows its coding's id only; the coding's place comes with the coded segments.
      const segment = (await api.call('codings.segments', {})).find((s) => s.codingId === target.id);
      if (segment) onOpenPlace(segment);
    }
  };

  return (
    <section className="main-view" role="tabpanel" id={mainPanelId(view)} aria-labelledby={mainTabId(view)}>
      {view === 'segments' && (
        <CodedSegmentsView codes={codes} coders={coders} coder={coder} blind={blind} query={segmentQuery} onQuery={onSegmentQuery} onOpen={onOpenPlace} />
      )}
      {view === 'memos' && <MemosView coder={coder} onOpenTarget={(t) => void openTarget(t)} />}
      {view === 'history' && <HistoryView />}
    </section>
  );
}
