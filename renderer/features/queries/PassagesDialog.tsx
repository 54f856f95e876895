import { useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PassageList, type Passage } from '../framework/PassageList';

export interface PassageRequest {
  title: string;
  /** One line on what the passages are ("passages of Context that overlap Mechanism"). */
  description: string;
  load: () => Promise<Passage[]>;
  showCode: boolean;
}

/** The passages behind a result cell, to read; each opens the transcript at its place. */
export function PassagesDialog({
  request,
  onOpenPlace,
  onClose,
}: {
  request: PassageRequest;
  onOpenPlace: (place: { documentId: number; start: number; end: number }) => void;
  onClose: () => void;
}) {
  const [passages, setPassages] = useState<Passage[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    request.load().then(
      (list) => live && setPassages(list),
      (e: unknown) => live && setError(e as Error),
    );
    return () => {
      live = false;
    };
  }, [request]);
  const documents = new Set((passages ?? []).map((p) => p.documentId)).size;

  return (
    <Dialog
      title={request.title}
      description={request.description}
      size="large"
      onClose={onClose}
      className="passages-dialog"
      footer={
        <>
          <span className="footer-note">
            {passages ? `${passages.length} passage${passages.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}` : 'Loading…'}
          </span>
          <button type="button" onClick={onClose} data-autofocus>
            Close
          </button>
        </>
      }
    >
      <ErrorNotice error={error} />
      {passages && passages.length === 0 && <p className="muted">No passages.</p>}
      {passages && (
        <PassageList
          passages={passages}
          showCode={request.showCode}
          label={request.title}
          onOpenPlace={(place) => {
            onClose();
            onOpenPlace(place);
          }}
        />
      )}
    </Dialog>
  );
}
