import type { DocumentSummary } from '../../../core/model/types';

export function DocumentList({
  documents,
  selectedId,
  onSelect,
}: {
  documents: DocumentSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
}) {
  if (documents.length === 0) return <p className="muted empty">No documents yet. Import transcripts to begin.</p>;
  return (
    <ul className="document-list" aria-label="Documents">
      {documents.map((d) => (
        <li key={d.id}>
          <button
            type="button"
            className={d.id === selectedId ? 'document selected' : 'document'}
            aria-current={d.id === selectedId}
            onClick={() => onSelect(d.id)}
          >
            <span className="title">{d.title}</span>
            <span className="meta">
              {d.words.toLocaleString()} words · {d.codingCount} {d.codingCount === 1 ? "coding" : "codings"}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
