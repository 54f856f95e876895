import type { Code, Coder } from '../../../core/model/types';
import { CodeDefinition } from './CodeDefinition';
import { CoderCounts } from './CoderCounts';

/**
 * A code's definition beside the codebook while the pointer rests on it, so a coder can check
 * the inclusion and exclusion criteria without leaving the transcript.
 */
export function CodeHoverCard({
  code,
  box,
  byCoder,
  coders,
  coderId,
  blind,
}: {
  code: Code;
  box: DOMRect;
  /** Codings per coder, sub-codes included for a group. */
  byCoder: Record<number, number>;
  coders: readonly Coder[];
  coderId: number | null;
  blind: boolean;
}) {
  const top = Math.max(8, Math.min(box.top - 6, window.innerHeight - 340));
  return (
    <div className="code-hover-card" role="tooltip" style={{ top, right: window.innerWidth - box.left + 10 }}>
      <div className="code-card-title">
        <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
        <strong>{code.name}</strong>
      </div>
      {code.path !== code.name && <div className="code-card-path">{code.path}</div>}
      <CodeDefinition code={code} compact />
      <CoderCounts byCoder={byCoder} coders={coders} coderId={coderId} blind={blind} />
    </div>
  );
}
