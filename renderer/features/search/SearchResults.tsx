import type { KeyboardEvent, Ref } from 'react';
import type { SearchHit, SearchResult } from '../../../core/model/searchTypes';

function hitKey(hit: SearchHit): string {
  return `${hit.documentId}:${hit.start}`;
}

function groupByDocument(hits: SearchHit[]): { documentId: number; title: string; hits: SearchHit[] }[] {
  const groups = new Map<number, { documentId: number; title: string; hits: SearchHit[] }>();
  for (const hit of hits) {
    const group = groups.get(hit.documentId) ?? { documentId: hit.documentId, title: hit.title, hits: [] };
    group.hits.push(hit);
    groups.set(hit.documentId, group);
  }
  return [...groups.values()];
}

/** Hits grouped by document, each with its words in context; ↑/↓ move, Enter opens, Escape goes back to the box. */
export function SearchResults({
  ref,
  result,
  activeHit,
  onOpen,
  onLeave,
}: {
  ref: Ref<HTMLUListElement>;
  result: SearchResult;
  activeHit: string | null;
  onOpen: (hit: SearchHit, key: string) => void;
  onLeave: () => void;
}) {
  const groups = groupByDocument(result.hits);
  const firstKey = result.hits[0] ? hitKey(result.hits[0]) : null;
  const tabStop = activeHit && result.hits.some((h) => hitKey(h) === activeHit) ? activeHit : firstKey;

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const options = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="option"]')];
    const at = options.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') options[Math.min(options.length - 1, at + 1)]?.focus();
    else if (e.key === 'ArrowUp') {
      if (at <= 0) onLeave();
      else options[at - 1]?.focus();
    } else if (e.key === 'Home') options[0]?.focus();
    else if (e.key === 'End') options[options.length - 1]?.focus();
    else if (e.key === 'Escape') onLeave();
    else return;
    e.preventDefault();
  };

  return (
    <ul ref={ref} id="search-results" className="search-results" role="listbox" aria-label="Search results" onKeyDown={onKeyDown}>
      {groups.map((g) => (
        <li key={g.documentId} role="presentation" className="search-group">
          <div className="search-group-title" id={`search-group-${g.documentId}`}>
            <span>{g.title}</span>
            <span className="count">{g.hits.length}</span>
          </div>
          <ul role="group" aria-labelledby={`search-group-${g.documentId}`}>
            {g.hits.map((hit) => {
              const key = hitKey(hit);
              return (
                <li
                  key={key}
                  role="option"
                  aria-selected={key === activeHit}
                  tabIndex={key === tabStop ? 0 : -1}
                  className={key === activeHit ? 'hit active' : 'hit'}
                  data-start={hit.start}
                  data-end={hit.end}
                  onClick={() => onOpen(hit, key)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onOpen(hit, key);
                    }
                  }}
                >
                  {hit.before && <span className="before">…{hit.before}</span>}
                  <mark>{hit.match}</mark>
                  {hit.after && <span className="after">{hit.after}…</span>}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
