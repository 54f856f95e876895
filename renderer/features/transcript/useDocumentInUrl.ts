import { useCallback, useEffect, useState } from 'react';

/**
 * The open document, kept in the address (#document=12) so a reload reopens it and a link
 * (or a benchmark) can open a document directly. Cleared when the workspace closes.
 */
function fromHash(): number | null {
  const match = /^#document=(\d+)$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

export function useDocumentInUrl(): [number | null, (documentId: number | null) => void] {
  const [documentId, setDocumentId] = useState(fromHash);
  const open = useCallback((id: number | null) => {
    setDocumentId(id);
    window.history.replaceState(null, '', id === null ? window.location.pathname + window.location.search : `#document=${id}`);
  }, []);
  useEffect(() => () => window.history.replaceState(null, '', window.location.pathname + window.location.search), []);
  return [documentId, open];
}
