import { useEffect, type KeyboardEvent } from 'react';
import type { Code, Coder } from '../../../core/model/types';
import { AssignmentsGrid } from './AssignmentsGrid';
import { chosenCoderIds } from './comparisonSettings';
import { DisagreementsPanel } from './DisagreementsPanel';
import { ReportPanel } from './ReportPanel';
import type { AgreementSession, AgreementTab } from './useAgreementSession';
import './agreement.css';

const tabs: { tab: AgreementTab; label: string }[] = [
  { tab: 'report', label: 'Report' },
  { tab: 'disagreements', label: 'Disagreements' },
  { tab: 'assignments', label: 'Assignments' },
];

const tabId = (tab: AgreementTab) => `agreement-tab-${tab}`;
const panelId = (tab: AgreementTab) => `agreement-panel-${tab}`;

/**
 * Inter-coder agreement, in the main area of the workspace: the comparison and its report,
 * the passages where coders differ (settled into a consensus coder), and who codes what.
 */
export function AgreementView({
  session,
  coders,
  codes,
  currentCoder,
  onOpenPassage,
}: {
  session: AgreementSession;
  coders: readonly Coder[];
  codes: readonly Code[];
  currentCoder: Coder | null;
  onOpenPassage: (hit: { documentId: number; start: number; end: number }) => void;
}) {
  const { tab, setTab, run, compare, settings } = session;
  const ready = coders.length > 0;
  const enough = chosenCoderIds(settings, coders).length >= 2;

  // The first visit runs the comparison the core proposes, so there is a report to read at once.
  useEffect(() => {
    if (ready && enough && run.status === 'idle') void compare(coders);
  }, [ready, enough, run.status, compare, coders]);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.tab === tab);
    const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    setTab(next.tab);
    document.getElementById(tabId(next.tab))?.focus();
  };

  return (
    <section className="agreement-view" aria-label="Inter-coder agreement">
      <header className="agreement-header">
        <h1 className="agreement-title">Inter-coder agreement</h1>
        <div className="agreement-tabs" role="tablist" aria-label="Agreement" onKeyDown={onTabKey}>
          {tabs.map((t) => (
            <button
              key={t.tab}
              type="button"
              role="tab"
              id={tabId(t.tab)}
              aria-selected={t.tab === tab}
              aria-controls={panelId(t.tab)}
              tabIndex={t.tab === tab ? 0 : -1}
              onClick={() => setTab(t.tab)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <button type="button" className="quiet" onClick={() => session.setOpen(false)}>
          Back to the transcript
        </button>
      </header>
      <div className="agreement-body" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === 'report' && <ReportPanel session={session} coders={coders} codes={codes} />}
        {tab === 'disagreements' && <DisagreementsPanel session={session} coders={coders} codes={codes} onOpenPassage={onOpenPassage} />}
        {tab === 'assignments' && <AssignmentsGrid coders={coders} currentCoder={currentCoder} />}
      </div>
    </section>
  );
}
