import type { Code, Coder, DocumentView } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';

/** The codings of the open document, in text order, each removable. */
export function CodingList({ document, codes, coders }: { document: DocumentView; codes: Code[]; coders: Coder[] }) {
  const api = useApi();
  const codeById = new Map(codes.map((c) => [c.id, c]));
  const coderById = new Map(coders.map((c) => [c.id, c]));
  if (document.codings.length === 0) return null;
  return (
    <section className="coding-list" aria-label="Codings in this document">
      <h2>Codings here</h2>
      <ul>
        {document.codings.map((c) => {
          const code = codeById.get(c.codeId);
          const excerpt = document.text.slice(c.start, Math.min(c.end, c.start + 60));
          return (
            <li key={c.id}>
              <span className="swatch" style={{ background: code?.colour }} aria-hidden="true" />
              <span className="coding-code">{code?.path}</span>
              <span className="initials">{coderById.get(c.coderId)?.initials}</span>
              <q>{excerpt}{c.end - c.start > 60 ? '…' : ''}</q>
              <button type="button" className="link" aria-label={`Remove coding ${code?.name ?? ''} at ${c.start}`} onClick={() => void api.call('codings.delete', { codingId: c.id })}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
