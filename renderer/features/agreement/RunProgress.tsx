import type { ComparisonArgs } from './comparisonSettings';
import { formatCount } from '../../../core/model/wording';

/**
 * A comparison on its way. The core answers in one go (it sends no progress for a comparison),
 * so the bar runs without a percentage and says what is being done.
 */
export function RunProgress({ args }: { args: ComparisonArgs }) {
  const boot = args.bootstrap;
  const label = `Comparing ${formatCount(args.coderIds.length)} coders${boot ? `, then resampling the documents ${formatCount(boot.resamples ?? 2000)} times for the confidence intervals` : ''}…`;
  return (
    <div className="run-progress" role="status" aria-live="polite">
      <div className="indeterminate" role="progressbar" aria-label={label}>
        <div className="indeterminate-bar" />
      </div>
      <span>{label}</span>
    </div>
  );
}
