import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchHit, SearchResult } from '../../../core/model/searchTypes';
import { useApi, useEvent } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SearchResults } from './SearchResults';
import './search.css';

const typingPauseMs = 250;
const hitLimit = 500;

/**
 * Full-text search over every document, at the top of the sidebar. While a search is shown,
 * its hits replace the sidebar's usual content (`children`). Ctrl+Shift+F (or Ctrl+F, when
 * nothing else takes it) focuses the box; ↓ goes to the hits, Escape comes back and clears.
 */
export function SearchPanel({ onOpenHit, children }: { onOpenHit: (hit: SearchHit) => void; children: ReactNode }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [activeHit, setActiveHit] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const asked = useRef(0);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'f') return;
      if (!e.shiftKey && e.defaultPrevented) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Texts and titles change: a shown search is asked again.
  useEvent('documents.changed', () => setVersion((v) => v + 1));
  useEvent('history.changed', () => setVersion((v) => v + 1));

  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) {
      setResult(null);
      setError(null);
      setLoading(false);
      return;
    }
    const question = ++asked.current;
    setLoading(true);
    const timer = window.setTimeout(() => {
      api.call('search.query', { query: trimmed, limit: hitLimit }).then(
        (r) => {
          if (question !== asked.current) return;
          setResult(r);
          setError(null);
          setLoading(false);
        },
        (e: unknown) => {
          if (question !== asked.current) return;
          setError(e as Error);
          setLoading(false);
        },
      );
    }, typingPauseMs);
    return () => window.clearTimeout(timer);
  }, [api, trimmed, version]);

  const firstHit = () => results.current?.querySelector<HTMLElement>('[role="option"]');

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      firstHit()?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const first = result?.hits[0];
      if (first && result?.query === trimmed) onOpenHit(first);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  };

  const showing = trimmed !== '';
  return (
    <div className="search-panel">
      <div className="search-box" role="search">
        <input
          ref={input}
          type="search"
          aria-label="Search all documents"
          placeholder="Search transcripts"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onInputKey}
          aria-controls={showing ? 'search-results' : undefined}
        />
        <kbd className="shortcut" aria-hidden="true">
          Ctrl+Shift+F
        </kbd>
      </div>
      {showing ? (
        <div className="search-view">
          <div className="search-summary" aria-live="polite">
            {loading && !result ? 'Searching…' : result ? summary(result) : ''}
            <button type="button" className="link small" onClick={() => setQuery('')}>
              Back to documents
            </button>
          </div>
          <ErrorNotice error={error} onDismiss={() => setError(null)} />
          {result && result.hits.length > 0 && (
            <SearchResults
              ref={results}
              result={result}
              activeHit={activeHit}
              onOpen={(hit, key) => {
                setActiveHit(key);
                onOpenHit(hit);
              }}
              onLeave={() => input.current?.focus()}
            />
          )}
        </div>
      ) : (
        children
      )}
    </div>
  );
}

function summary(r: SearchResult): string {
  if (r.total === 0) return `No matches for “${r.query}”.`;
  const count = `${r.total.toLocaleString()}${r.totalIsExact ? '' : '+'}`;
  const hits = `${count} ${r.total === 1 && r.totalIsExact ? 'match' : 'matches'}`;
  const docs = `${r.documents} ${r.documents === 1 ? 'document' : 'documents'}`;
  return r.truncated ? `${hits} in ${docs} (first ${r.hits.length} shown)` : `${hits} in ${docs}`;
}
