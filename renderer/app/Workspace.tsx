import { useCallback, useRef, useState } from 'react';
import type { AppInfo, Code, ProjectInfo } from '../../core/model/types';
import { useApi, useQuery } from '../api/ApiContext';
import { ErrorNotice } from '../components/ErrorNotice';
import { ToastProvider } from '../components/Toast';
import { AgreementButton } from '../features/agreement/AgreementButton';
import { AgreementView } from '../features/agreement/AgreementView';
import { DocumentCompletion } from '../features/agreement/DocumentCompletion';
import { useAgreementSession } from '../features/agreement/useAgreementSession';
import { CodebookPanel } from '../features/codebook/CodebookPanel';
import { coderColours } from '../features/coders/coderColours';
import { CoderPrompt } from '../features/coders/CoderPrompt';
import { CoderSwitcher } from '../features/coders/CoderSwitcher';
import { useCurrentCoder } from '../features/coders/useCurrentCoder';
import { DocumentList } from '../features/documents/DocumentList';
import { HistoryShortcuts } from '../features/documents/HistoryShortcuts';
import { ImportButton } from '../features/documents/ImportButton';
import { ExchangeMenu } from '../features/exchange/ExchangeMenu';
import { MatricesView } from '../features/framework/MatricesView';
import { MemoButton } from '../features/memos/MemoButton';
import { ParticipantTools } from '../features/participants/ParticipantTools';
import { QueriesView } from '../features/queries/QueriesView';
import { RealistView } from '../features/realist/RealistView';
import { SearchPanel } from '../features/search/SearchPanel';
import { useJumpToRange, type JumpTarget } from '../features/search/useJumpToRange';
import { MainViewPanel } from '../features/segments/MainViewPanel';
import { MainViewTabs, mainPanelId, mainTabId } from '../features/segments/MainViewTabs';
import { useMainView } from '../features/segments/useMainView';
import { CodingList } from '../features/transcript/CodingList';
import { TranscriptPane } from '../features/transcript/TranscriptPane';
import type { TextRange } from '../features/transcript/TranscriptView';
import { useCodingView } from '../features/transcript/useCodingView';
import { useDocumentInUrl } from '../features/transcript/useDocumentInUrl';

/** The coding workspace: documents on the left, the transcript in the middle, the codebook on the right. */
export function Workspace({ project, appInfo }: { project: ProjectInfo; appInfo: AppInfo }) {
  const api = useApi();
  const codes = useQuery('codes.list', {}, ['codes.changed']);
  const coders = useQuery('coders.list', {}, ['coders.changed']);
  const { coder, choose } = useCurrentCoder(project.guid, coders.data);
  const [documentId, setDocumentId] = useDocumentInUrl();
  const [view, setView] = useCodingView(project.guid);
  // The middle shows the transcript, or coded segments, memos or history (tabs).
  const mainView = useMainView();
  // Inter-coder agreement takes the middle and the right while open, switched from the top bar
  // (its report needs the width; it could become a view of the tab strip instead).
  const agreement = useAgreementSession();
  const document = useQuery('documents.get', documentId === null ? null : { documentId }, ['codings.changed', 'documents.changed', 'participants.changed', 'history.changed']);
  const [range, setRange] = useState<TextRange | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const onSelect = useCallback((r: TextRange | null) => setRange(r), []);
  // A search hit opens its document and selects the words there.
  const reader = useRef<HTMLElement>(null);
  const [jump, setJump] = useState<JumpTarget | null>(null);
  useJumpToRange(reader, document.data, jump);
  const openHit = useCallback((hit: { documentId: number; start: number; end: number }) => {
    agreement.setOpen(false);
    mainView.setView('transcript');
    setDocumentId(hit.documentId);
    setJump((j) => ({ documentId: hit.documentId, start: hit.start, end: hit.end, nonce: (j?.nonce ?? 0) + 1 }));
  }, []);

  const openDocument = useCallback((id: number | null) => {
    agreement.setOpen(false);
    mainView.setView('transcript');
    setDocumentId(id);
  }, []);

  const apply = async (code: Code) => {
    if (!range || !coder || documentId === null) return;
    try {
      await api.call('codings.create', { documentId, codeId: code.id, coderId: coder.id, ...range });
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <ToastProvider>
    <div className="workspace">
      <HistoryShortcuts />
      <header className="topbar">
        <strong className="project-name">{project.name}</strong>
        <ImportButton nativeDialogs={appInfo.nativeDialogs} />
        <ParticipantTools />
        <AgreementButton session={agreement} />
        <ExchangeMenu nativeDialogs={appInfo.nativeDialogs} />
        <span className="spacer" />
        {coders.data && <CoderSwitcher coders={coders.data} coder={coder} coderColour={coderColours(coders.data)} onChoose={choose} />}
        <button type="button" onClick={() => void api.call('project.close', {})}>
          Close project
        </button>
      </header>
      <ErrorNotice error={error ?? document.error} onDismiss={() => setError(null)} />
      <nav className="sidebar">
        <SearchPanel onOpenHit={openHit}>
          <DocumentList openId={documentId} onOpen={openDocument} onlyCoderId={view.blind ? (coder?.id ?? null) : null} />
        </SearchPanel>
      </nav>
      <MainViewTabs view={mainView.view} onChange={mainView.setView} />
      <main className="reader" ref={reader} hidden={mainView.view !== 'transcript'} role="tabpanel" id={mainPanelId('transcript')} aria-labelledby={mainTabId('transcript')}>
        {document.data && codes.data ? (
          <>
            <div className="document-heading">
              <h1 className="document-title">{document.data.title}</h1>
              <MemoButton target={{ kind: 'document', id: document.data.id }} label={document.data.title} authorId={coder?.id} />
              <DocumentCompletion documentId={document.data.id} coder={coder} />
            </div>
            <TranscriptPane key={document.data.id} projectGuid={project.guid} document={document.data} codes={codes.data} coders={coders.data ?? []} coder={coder} view={view} onViewChange={setView} onSelect={onSelect} />
          </>
        ) : (
          <p className="muted empty">Choose a document to read and code it.</p>
        )}
      </main>
      {mainView.view !== 'transcript' && mainView.view !== 'matrices' && mainView.view !== 'queries' && mainView.view !== 'configurations' && codes.data && (
        <MainViewPanel
          view={mainView.view}
          codes={codes.data}
          coders={coders.data ?? []}
          coder={coder}
          blind={view.blind}
          segmentQuery={mainView.segmentQuery}
          onSegmentQuery={mainView.setSegmentQuery}
          onShowSegments={mainView.showSegments}
          onOpenPlace={openHit}
          onOpenDocument={openDocument}
        />
      )}
      {agreement.open && codes.data && coders.data && (
        <AgreementView session={agreement} coders={coders.data} codes={codes.data} currentCoder={coder} onOpenPassage={openHit} />
      )}
      {/* Framework analysis: matrices, and queries with their charts. */}
      {mainView.view === 'matrices' && codes.data && (
        <section className="main-view framework-main" role="tabpanel" id={mainPanelId('matrices')} aria-labelledby={mainTabId('matrices')}>
          <MatricesView codes={codes.data} onOpenPlace={openHit} />
        </section>
      )}
      {mainView.view === 'queries' && codes.data && (
        <section className="main-view queries-main" role="tabpanel" id={mainPanelId('queries')} aria-labelledby={mainTabId('queries')}>
          <QueriesView codes={codes.data} coders={coders.data ?? []} onOpenPlace={openHit} />
        </section>
      )}
      {/* Realist evaluation: CMO configurations, their evidence, theory versions, the web (takes the codebook's column too). */}
      {mainView.view === 'configurations' && (
        <section className="main-view realist-main" role="tabpanel" id={mainPanelId('configurations')} aria-labelledby={mainTabId('configurations')}>
          <RealistView projectGuid={project.guid} onOpenPassage={openHit} />
        </section>
      )}
      <aside className="inspector">
        {codes.data && (
          <CodebookPanel
            codes={codes.data}
            coders={coders.data ?? []}
            coder={coder}
            blind={view.blind}
            canApply={range !== null && coder !== null}
            onApply={(c) => void apply(c)}
            onShowSegments={(c, withChildren) => mainView.showSegments(c.id, withChildren)}
          />
        )}
        {document.data && codes.data && coders.data && <CodingList document={document.data} codes={codes.data} coders={coders.data} view={view} coderId={coder?.id ?? null} />}
      </aside>
      {coders.data && !coder && <CoderPrompt coders={coders.data} onChoose={choose} />}
    </div>
    </ToastProvider>
  );
}
