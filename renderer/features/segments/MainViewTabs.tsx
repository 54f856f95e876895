import type { KeyboardEvent } from 'react';
import type { MainView } from './useMainView';
import './segments.css';

const tabs: { view: MainView; label: string }[] = [
  { view: 'transcript', label: 'Transcript' },
  { view: 'segments', label: 'Coded segments' },
  { view: 'memos', label: 'Memos' },
  { view: 'history', label: 'History' },
  { view: 'matrices', label: 'Matrices' },
  { view: 'queries', label: 'Queries' },
  { view: 'configurations', label: 'Configurations' },
];

export const mainTabId = (view: MainView) => `main-tab-${view}`;
export const mainPanelId = (view: MainView) => `main-panel-${view}`;

/** The tabs over the middle of the workspace. ← and → move between them (and show them), as tabs do. */
export function MainViewTabs({ view, onChange }: { view: MainView; onChange: (view: MainView) => void }) {
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.view === view);
    const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    onChange(next.view);
    document.getElementById(mainTabId(next.view))?.focus();
  };
  return (
    <div className="main-tabs" role="tablist" aria-label="Views" onKeyDown={onKey}>
      {tabs.map((t) => (
        <button
          key={t.view}
          type="button"
          role="tab"
          id={mainTabId(t.view)}
          aria-selected={t.view === view}
          aria-controls={mainPanelId(t.view)}
          tabIndex={t.view === view ? 0 : -1}
          onClick={() => onChange(t.view)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
