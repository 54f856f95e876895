import type { PairCounts } from '../../../core/model/agreementTypes';
import { formatPercent } from './formatStats';
import { formatCount } from '../../../core/model/wording';

export interface PairBar {
  first: string;
  second: string;
  counts: PairCounts;
  firstColour: string;
  secondColour: string;
}

function describe(bar: PairBar, unitWord: string): string {
  const { both, onlyFirst, onlySecond, neither } = bar.counts;
  return `${bar.first} and ${bar.second}: both ${formatCount(both)}, only ${bar.first} ${formatCount(onlyFirst)}, only ${bar.second} ${formatCount(onlySecond)}, neither ${formatCount(neither)} ${unitWord}`;
}

/**
 * What two coders did with the text either of them tagged: both / only the first / only the
 * second, to scale. The text neither tagged is most of any transcript, so it is given as a
 * number beside the bar (and in the counts) rather than drawn, where it would hide the rest.
 */
export function PairBarRow({ bar, unitWord, showLabel, showNeither = false }: { bar: PairBar; unitWord: string; showLabel: boolean; showNeither?: boolean }) {
  const { both, onlyFirst, onlySecond, neither } = bar.counts;
  const tagged = both + onlyFirst + onlySecond;
  const total = tagged + neither;
  const width = (n: number) => `${tagged === 0 ? 0 : (n / tagged) * 100}%`;
  const text = describe(bar, unitWord);
  return (
    <div className="pair-bar-row" title={text}>
      {showLabel && (
        <span className="pair-label" aria-hidden="true">
          {bar.first}·{bar.second}
        </span>
      )}
      <span className="pair-bar" role="img" aria-label={text}>
        {tagged === 0 ? (
          <span className="pair-bar-empty">neither used it</span>
        ) : (
          <>
            <span className="seg seg-both" style={{ width: width(both) }} />
            <span className="seg seg-first" style={{ width: width(onlyFirst), background: bar.firstColour }} />
            <span className="seg seg-second" style={{ width: width(onlySecond), background: bar.secondColour }} />
          </>
        )}
      </span>
      {showNeither && <span className="pair-neither muted">{formatPercent(total ? neither / total : null)} neither</span>}
    </div>
  );
}

export function PairBars({ bars, unitWord }: { bars: PairBar[]; unitWord: string }) {
  return (
    <div className="pair-bars">
      {bars.map((b) => (
        <PairBarRow key={`${b.first}-${b.second}`} bar={b} unitWord={unitWord} showLabel={bars.length > 1} />
      ))}
    </div>
  );
}

/** The key to the bars' colours for the coders of this report. */
export function PairBarLegend({ coders }: { coders: { label: string; colour: string }[] }) {
  return (
    <ul className="bar-legend" aria-label="What the bars show">
      <li>
        <span className="seg-swatch seg-both" aria-hidden="true" /> both coders
      </li>
      {coders.map((c) => (
        <li key={c.label}>
          <span className="seg-swatch" style={{ background: c.colour }} aria-hidden="true" /> only {c.label}
        </li>
      ))}
      <li className="muted">Bars show the text at least one of the two coders tagged; the rest (neither) is in the counts.</li>
    </ul>
  );
}
