import type { CodeStats } from '../../../core/model/codingTypes';
import type { Code, Coder } from '../../../core/model/types';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { MemoButton } from '../memos/MemoButton';
import { CodeDefinition } from './CodeDefinition';
import { CoderCounts } from './CoderCounts';
import { treeKeys } from './CodeTreeView';
import { plural } from '../../../core/model/wording';


/** The chosen code under the tree: its counts (per coder too), its definition, and what can be done with it. */
export function CodeCard({
  code,
  stats,
  byCoder,
  hasChildren,
  coders,
  coder,
  blind,
  menuItems,
  onEdit,
  onSegments,
}: {
  code: Code;
  stats: CodeStats | undefined;
  /** Codings per coder, sub-codes included for a group. */
  byCoder: Record<number, number>;
  hasChildren: boolean;
  coders: readonly Coder[];
  coder: Coder | null;
  blind: boolean;
  menuItems: MenuItem[];
  onEdit: () => void;
  onSegments: () => void;
}) {
  return (
    <section className="code-card" aria-label="Code details">
      <div className="code-card-title">
        <span className="swatch" style={{ background: code.colour }} aria-hidden="true" />
        <strong>{code.name}</strong>
      </div>
      {code.path !== code.name && <div className="code-card-path">{code.path}</div>}
      {!blind && stats && (
        <p className="code-card-counts">
          {hasChildren
            ? `${plural(stats.withChildren.codings, 'coding')} in ${plural(stats.withChildren.documents, 'document')} with its sub-codes${stats.codings ? `; ${stats.codings} on the code itself` : ''}`
            : `${plural(stats.codings, 'coding')} in ${plural(stats.documents, 'document')}`}
        </p>
      )}
      <CoderCounts byCoder={byCoder} coders={coders} coderId={coder?.id ?? null} blind={blind} />
      <CodeDefinition code={code} />
      <div className="code-card-actions">
        <button type="button" className="small" onClick={onEdit} title="Edit the name, colour and definition (E)">
          Edit…
        </button>
        <MemoButton target={{ kind: 'code', id: code.id }} label={`Code ${code.name}`} authorId={coder?.id} />
        <button type="button" className="small" onClick={onSegments}>
          Coded segments
        </button>
        <MenuButton label="⋯" caret={false} className="icon-button" ariaLabel={`More for ${code.name}`} items={menuItems} align="end" />
      </div>
      <p className="code-keys" title={treeKeys}>
        <kbd>Enter</kbd> apply · <kbd>E</kbd> edit · <kbd>N</kbd> sub-code · <kbd>F2</kbd> rename · <kbd>M</kbd> memo · <kbd>Del</kbd> delete · <kbd>Alt</kbd>+arrows move
      </p>
    </section>
  );
}
