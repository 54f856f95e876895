import { useMemo, useState } from 'react';
import type { Code, Coder, DocumentView } from '../../../core/model/types';
import { useConfirmCodingDeletion } from '../realist/useConfirmCodingDeletion';
import { visibleCodings, type CodingView } from './codingView';

const firstShown = 100;

/**
 * The codings of the open document that the view shows (blind mode hides the other coders'
 * here too), in text order, each removable.
 */
export function CodingList({
  document,
  codes,
  coders,
  view,
  coderId,
}: {
  document: DocumentView;
  codes: Code[];
  coders: Coder[];
  view: CodingView;
  coderId: number | null;
}) {
  const confirmDeletion = useConfirmCodingDeletion();
  const [all, setAll] = useState(false);
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const coderById = useMemo(() => new Map(coders.map((c) => [c.id, c])), [coders]);
  const shown = useMemo(() => visibleCodings(document.codings, view, coderId, codes), [document.codings, view, coderId, codes]);
  if (shown.length === 0) return null;
  return (
    <section className="coding-list" aria-label="Codings in this document">
      {confirmDeletion.dialog}
      <h2>
        Codings here ({shown.length}
        {view.blind ? ', mine only' : ''})
      </h2>
      <ul>
        {(all ? shown : shown.slice(0, firstShown)).map((c) => {
          const code = codeById.get(c.codeId);
          const excerpt = document.text.slice(c.start, Math.min(c.end, c.start + 60));
          return (
            <li key={c.id}>
              <span className="swatch" style={{ background: code?.colour }} aria-hidden="true" />
              <span className="coding-code">{code?.path}</span>
              <span className="initials">{coderById.get(c.coderId)?.initials}</span>
              <q>
                {excerpt}
                {c.end - c.start > 60 ? '…' : ''}
              </q>
              <button type="button" className="link" aria-label={`Remove coding ${code?.name ?? ''} at ${c.start}`} onClick={() => void confirmDeletion.deleteCoding(c.id)}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      {!all && shown.length > firstShown && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {shown.length}
        </button>
      )}
    </section>
  );
}
