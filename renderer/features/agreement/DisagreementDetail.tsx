import type { Disagreement, Resolution } from '../../../core/model/agreementTypes';
import type { Code, Coder } from '../../../core/model/types';
import { formatCount, listNames } from '../../../core/model/wording';
import { passageWindow, spansInWindow } from './passageWindow';
import { PassageText } from './PassageText';

type Span = { start: number; end: number };

const spanText = (spans: readonly Span[]) => spans.map((s) => `${formatCount(s.start)}–${formatCount(s.end)}`).join(', ');

/**
 * One disagreement: each coder's codings of the code over the passage, side by side with a
 * little context, what the consensus coder has there now, and the ways to settle it.
 */
export function DisagreementDetail({
  disagreement: d,
  code,
  compared,
  colours,
  consensus,
  settledHow,
  busy,
  onResolve,
  onMarkRange,
  onOpenInTranscript,
}: {
  disagreement: Disagreement;
  code: Code | undefined;
  compared: readonly Coder[];
  colours: ReadonlyMap<number, string>;
  consensus: { coder: Coder | null; spans: Span[] };
  settledHow: string | undefined;
  busy: boolean;
  onResolve: (resolution: Resolution, how: string) => void;
  onMarkRange: () => void;
  onOpenInTranscript: () => void;
}) {
  const win = passageWindow(d);
  const passage = { start: d.start, end: d.end };
  const colour = code?.colour ?? '#b0bec5';
  const codedBy = compared.filter((c) => d.codedBy.includes(c.initials));
  const codeName = code?.name ?? 'the code';
  const consensusHere = spansInWindow(win, consensus.spans);

  return (
    <section className="disagreement-detail" aria-label="Disagreement">
      <header className="passage-header">
        <div>
          <h3 className="passage-title">{d.title}</h3>
          <p className="muted passage-where">
            Characters {formatCount(d.start)}–{formatCount(d.end)} ({formatCount(d.end - d.start)}) · coded by {listNames(d.codedBy)}, not by {listNames(d.notCodedBy)}
          </p>
        </div>
        <button type="button" onClick={onOpenInTranscript}>
          Open in transcript
        </button>
      </header>

      <div className="side-by-side" style={{ gridTemplateColumns: `repeat(${compared.length}, minmax(0, 1fr))` }}>
        {compared.map((c) => {
          const spans = d.codings.filter((x) => x.coder === c.initials);
          return (
            <div key={c.id} className="coder-column" aria-label={`${c.initials}'s coding`}>
              <div className="coder-column-head">
                <span className="coder-dot" style={{ background: colours.get(c.id) }} aria-hidden="true" />
                <strong>{c.initials}</strong> <span className="muted">{c.name}</span>
                <span className={`badge ${spans.length ? 'info' : ''}`}>{spans.length ? `coded ${spanText(spans)}` : 'did not code it'}</span>
              </div>
              <p className="passage-text">
                <PassageText win={win} passage={passage} spans={spans} colour={colour} lineColour={colours.get(c.id)} moreAfter={d.after.length > 0} />
              </p>
            </div>
          );
        })}
      </div>

      <div className="consensus-row">
        <div className="consensus-state">
          <strong>{consensus.coder?.name ?? 'Consensus'}</strong>{' '}
          {consensusHere.length > 0 ? (
            <span>
              has {codeName} at {spanText(consensusHere)}
              {settledHow ? ` (${settledHow})` : ''}.
            </span>
          ) : settledHow ? (
            <span>{settledHow}: no coding here.</span>
          ) : (
            <span className="muted">has nothing here yet. Settling writes the agreed version to this coder; the coders&apos; own codings stay as they are.</span>
          )}
        </div>
        {consensusHere.length > 0 && (
          <p className="passage-text consensus-text">
            <PassageText win={win} passage={passage} spans={consensusHere} colour={colour} moreAfter={d.after.length > 0} />
          </p>
        )}
        <div className="resolve-actions" role="group" aria-label="Settle into the consensus coder">
          {codedBy.map((c) => (
            <button key={c.id} type="button" disabled={busy} onClick={() => onResolve({ accept: c.id }, `accepted ${c.initials}'s version`)}>
              Accept {c.initials}&apos;s version
            </button>
          ))}
          {codedBy.length > 1 && (
            <button type="button" disabled={busy} onClick={() => onResolve({ merge: codedBy.map((c) => c.id) }, `merged ${listNames(codedBy.map((c) => c.initials))}`)}>
              Merge {codedBy.map((c) => c.initials).join(' + ')}
            </button>
          )}
          <button type="button" disabled={busy} onClick={onMarkRange}>
            Mark a range…
          </button>
          <button type="button" disabled={busy} onClick={() => onResolve({ reject: true }, 'rejected')} title={`Agree that ${codeName} does not belong here`}>
            Reject: the code does not belong here
          </button>
        </div>
      </div>
    </section>
  );
}
