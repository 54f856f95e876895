import { useMemo, useState } from 'react';
import type { Disagreement, Resolution } from '../../../core/model/agreementTypes';
import type { Code, Coder } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { coderColours } from '../coders/coderColours';
import { useUndoToast } from '../history/useUndoToast';
import { comparisonArgs, isConsensusCoder } from './comparisonSettings';
import { CustomRangeDialog } from './CustomRangeDialog';
import { DisagreementDetail } from './DisagreementDetail';
import { DisagreementList } from './DisagreementList';
import { formatCoefficient } from './formatStats';
import { passageKey, type AgreementSession } from './useAgreementSession';
import { formatCount } from '../../../core/model/wording';

const refreshOn = ['codings.changed', 'assignments.changed', 'documents.changed', 'history.changed'] as const;

/**
 * The Disagreements tab: for one code, the passages where the compared coders differ, each
 * opened side by side and settled into the consensus coder (the coders' codings stay).
 */
export function DisagreementsPanel({
  session,
  coders,
  codes,
  onOpenPassage,
}: {
  session: AgreementSession;
  coders: readonly Coder[];
  codes: readonly Code[];
  onOpenPassage: (hit: { documentId: number; start: number; end: number }) => void;
}) {
  const api = useApi();
  const undoToast = useUndoToast();
  const args = session.run.args ?? comparisonArgs(session.settings, coders);
  const report = session.run.result?.report;
  const choices = useMemo(
    () => (report ? report.codes.map((c) => ({ id: Number(c.codeId), path: c.code, alpha: c.alpha })) : codes.map((c) => ({ id: c.id, path: c.path, alpha: null }))),
    [report, codes],
  );
  // Start with the weakest code: that is where the passages matter most.
  const weakest = [...choices].filter((c) => c.alpha !== null).sort((a, b) => a.alpha! - b.alpha!)[0] ?? choices[0];
  const codeId = session.disagreementCodeId ?? weakest?.id ?? null;
  const code = codes.find((c) => c.id === codeId);
  const query = useQuery(
    'agreement.disagreements',
    codeId !== null && args.coderIds.length >= 2 ? { coderIds: args.coderIds, codeId, ...(args.documentIds ? { documentIds: args.documentIds } : {}) } : null,
    [...refreshOn],
  );
  const consensusCoder = coders.find(isConsensusCoder) ?? null;
  const consensusCodings = useQuery('codings.segments', consensusCoder && codeId !== null ? { codeId, coderIds: [consensusCoder.id] } : null, [...refreshOn]);
  const compared = args.coderIds.map((id) => coders.find((c) => c.id === id)).filter((c): c is Coder => c !== undefined);
  const colours = useMemo(() => coderColours(coders), [coders]);
  const [hideSettled, setHideSettled] = useState(false);
  const { busy, error, setError, attempt } = useAttempt();
  const [marking, setMarking] = useState<Disagreement | null>(null);

  const consensusIn = (d: Disagreement) => (consensusCodings.data ?? []).filter((s) => s.documentId === d.documentId).map((s) => ({ start: s.start, end: s.end }));
  const settled = (d: Disagreement) =>
    session.settled.get(passageKey(d)) ?? (consensusIn(d).some((s) => s.start < d.end && s.end > d.start) ? 'settled earlier' : undefined);
  const all = query.data ?? [];
  const shown = hideSettled ? all.filter((d) => !settled(d) || passageKey(d) === session.passage) : all;
  const current = shown.find((d) => passageKey(d) === session.passage) ?? shown[0] ?? null;
  const settledCount = all.filter((d) => settled(d)).length;

  const resolve = (d: Disagreement, resolution: Resolution, how: string) =>
    attempt(async () => {
      await api.call('agreement.resolve', { documentId: d.documentId, codeId: d.codeId, start: d.start, end: d.end, resolution });
      session.markSettled(passageKey(d), how);
      setMarking(null);
      undoToast(`Settled into the consensus coder: ${how}.`);
      // On to the next passage still open, so a run of decisions needs no pointing.
      const at = all.indexOf(d);
      const next = [...all.slice(at + 1), ...all.slice(0, at)].find((x) => !settled(x));
      if (next) session.setPassage(passageKey(next));
    });

  return (
    <div className="disagreements-panel">
      <div className="disagreements-toolbar">
        <label>
          <span className="form-label">Code</span>{' '}
          <select
            value={codeId ?? ''}
            onChange={(e) => {
              session.setDisagreementCodeId(Number(e.target.value));
              session.setPassage(null);
            }}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
                {report ? ` — α ${formatCoefficient(c.alpha)}` : ''}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {query.data ? `${formatCount(all.length)} ${all.length === 1 ? 'passage' : 'passages'}, longest first · ${formatCount(settledCount)} settled` : 'Loading…'} · comparing{' '}
          {compared.map((c) => c.initials).join(', ')}
        </span>
        <span className="spacer" />
        <label className="inline">
          <input type="checkbox" checked={hideSettled} onChange={(e) => setHideSettled(e.target.checked)} /> Hide settled
        </label>
      </div>
      <ErrorNotice error={error ?? query.error} onDismiss={() => setError(null)} />
      {query.data && all.length === 0 ? (
        <p className="muted empty">The coders agree everywhere on {code?.path ?? 'this code'}: there is nothing to settle.</p>
      ) : (
        <div className="disagreements-body">
          <DisagreementList disagreements={shown} selected={current ? passageKey(current) : null} settled={settled} onSelect={session.setPassage} />
          {current && (
            <DisagreementDetail
              key={passageKey(current)}
              disagreement={current}
              code={code}
              compared={compared}
              colours={colours}
              consensus={{ coder: consensusCoder, spans: consensusIn(current) }}
              settledHow={session.settled.get(passageKey(current))}
              busy={busy}
              onResolve={(resolution, how) => void resolve(current, resolution, how)}
              onMarkRange={() => setMarking(current)}
              onOpenInTranscript={() => onOpenPassage({ documentId: current.documentId, start: current.start, end: current.end })}
            />
          )}
        </div>
      )}
      {marking && (
        <CustomRangeDialog
          disagreement={marking}
          codeName={code?.name ?? 'the code'}
          colour={code?.colour ?? '#b0bec5'}
          busy={busy}
          onClose={() => setMarking(null)}
          onSubmit={(range) => void resolve(marking, { range }, `marked ${formatCount(range.start)}–${formatCount(range.end)}`)}
        />
      )}
    </div>
  );
}
