import { useCallback, useState } from 'react';
import type { AppInfo, Code, ProjectInfo } from '../../core/model/types';
import { useApi, useQuery } from '../api/ApiContext';
import { ErrorNotice } from '../components/ErrorNotice';
import { CodebookPanel } from '../features/codebook/CodebookPanel';
import { CoderPrompt } from '../features/coders/CoderPrompt';
import { useCurrentCoder } from '../features/coders/useCurrentCoder';
import { DocumentList } from '../features/documents/DocumentList';
import { ImportButton } from '../features/documents/ImportButton';
import { CodingList } from '../features/transcript/CodingList';
import { TranscriptView, type TextRange } from '../features/transcript/TranscriptView';

/** The coding workspace: documents on the left, the transcript in the middle, the codebook on the right. */
export function Workspace({ project, appInfo }: { project: ProjectInfo; appInfo: AppInfo }) {
  const api = useApi();
  const documents = useQuery('documents.list', {}, ['documents.changed', 'codings.changed']);
  const codes = useQuery('codes.list', {}, ['codes.changed']);
  const coders = useQuery('coders.list', {}, ['coders.changed']);
  const { coder, choose } = useCurrentCoder(project.guid, coders.data);
  const [documentId, setDocumentId] = useState<number | null>(null);
  const document = useQuery('documents.get', documentId === null ? null : { documentId }, ['codings.changed']);
  const [range, setRange] = useState<TextRange | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const onSelect = useCallback((r: TextRange | null) => setRange(r), []);

  const apply = async (code: Code) => {
    if (!range || !coder || documentId === null) return;
    try {
      await api.call('codings.create', { documentId, codeId: code.id, coderId: coder.id, ...range });
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <div className="workspace">
      <header className="topbar">
        <strong className="project-name">{project.name}</strong>
        <ImportButton nativeDialogs={appInfo.nativeDialogs} />
        <span className="spacer" />
        {coder && (
          <span className="current-coder" title={`Coding as ${coder.name}`}>
            Coding as <span className="initials">{coder.initials}</span> {coder.name}
          </span>
        )}
        <button type="button" onClick={() => void api.call('project.close', {})}>
          Close project
        </button>
      </header>
      <ErrorNotice error={error ?? documents.error ?? document.error} onDismiss={() => setError(null)} />
      <nav className="sidebar">
        <h2>Documents</h2>
        {documents.data && <DocumentList documents={documents.data} selectedId={documentId} onSelect={setDocumentId} />}
      </nav>
      <main className="reader">
        {document.data && codes.data ? (
          <>
            <h1 className="document-title">{document.data.title}</h1>
            <TranscriptView document={document.data} codes={codes.data} onSelect={onSelect} />
          </>
        ) : (
          <p className="muted empty">Choose a document to read and code it.</p>
        )}
      </main>
      <aside className="inspector">
        {codes.data && <CodebookPanel codes={codes.data} canApply={range !== null && coder !== null} onApply={(c) => void apply(c)} />}
        {document.data && codes.data && coders.data && <CodingList document={document.data} codes={codes.data} coders={coders.data} />}
      </aside>
      {coders.data && !coder && <CoderPrompt coders={coders.data} onChoose={choose} />}
    </div>
  );
}
