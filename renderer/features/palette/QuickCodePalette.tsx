import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Code, Coder } from '../../../core/model/types';
import { exactCode, type CodeSearch } from './codeSearch';
import './palette.css';

type Item = { kind: 'code'; code: Code; shortcut?: number } | { kind: 'create'; name: string };

const listId = 'quick-code-options';
const optionId = (i: number) => `quick-code-option-${i}`;

/**
 * The quick-code palette: type to find a code (fuzzy, over names, paths and descriptions),
 * Enter applies it to the selection; with nothing typed, the recent codes are listed first on
 * the number keys; a name that is not in the codebook can be created and applied at once.
 */
export function QuickCodePalette({
  codes,
  search,
  recent,
  excerpt,
  coder,
  onApply,
  onCreate,
  onClose,
}: {
  codes: readonly Code[];
  search: CodeSearch;
  recent: readonly Code[];
  excerpt: string;
  coder: Coder;
  onApply: (code: Code) => void;
  onCreate: (name: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const items = useMemo<Item[]>(() => {
    const typed = query.trim();
    if (!typed) {
      const recentIds = new Set(recent.map((c) => c.id));
      return [
        ...recent.map((code, i) => ({ kind: 'code' as const, code, shortcut: i + 1 })),
        ...search
          .search('', 50)
          .filter((c) => !recentIds.has(c.id))
          .map((code) => ({ kind: 'code' as const, code })),
      ];
    }
    const found: Item[] = search.search(typed, 50).map((code) => ({ kind: 'code', code }));
    if (!exactCode(codes, typed)) found.push({ kind: 'create', name: typed });
    return found;
  }, [query, search, recent, codes]);

  const choose = (item: Item | undefined) => {
    if (!item) return;
    if (item.kind === 'code') onApply(item.code);
    else onCreate(item.name);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (items.length === 0 ? 0 : (a + step + items.length) % items.length));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') {
      e.preventDefault();
    } else if (!query && /^[1-9]$/.test(e.key)) {
      e.preventDefault();
      const code = recent[Number(e.key) - 1];
      if (code) onApply(code);
    }
  };

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Quick code">
        <p className="palette-excerpt">
          Code <q>{excerpt.length > 140 ? `${excerpt.slice(0, 140)}…` : excerpt}</q> as <span className="initials">{coder.initials}</span>
        </p>
        <input
          className="palette-input"
          role="combobox"
          aria-label="Find or create a code"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={items[active] ? optionId(active) : undefined}
          aria-autocomplete="list"
          placeholder={`Search ${codes.length} codes, or type a new code name`}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="palette-options" role="listbox" id={listId} aria-label="Codes">
          {items.map((item, i) => (
            <li
              key={item.kind === 'code' ? item.code.id : 'create'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(item)}
            >
              {item.kind === 'code' ? <CodeOption code={item.code} shortcut={item.shortcut} /> : <span className="palette-create">+ Create code “{item.name}” and apply it</span>}
            </li>
          ))}
          {items.length === 0 && <li className="muted palette-none">No codes yet: type a name to create one.</li>}
        </ul>
        <p className="palette-help">↑↓ choose · Enter apply · 1–9 recent · Esc close</p>
      </div>
    </div>
  );
}

function CodeOption({ code, shortcut }: { code: Code; shortcut: number | undefined }) {
  const parents = code.path.slice(0, Math.max(0, code.path.length - code.name.length - 1));
  return (
    <>
      <kbd className={shortcut ? 'palette-key' : 'palette-key empty'}>{shortcut ?? ''}</kbd>
      <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
      <span className="palette-name">{code.name}</span>
      {parents && <span className="palette-path">{parents}</span>}
      {code.description && <span className="palette-description">{code.description}</span>}
    </>
  );
}
