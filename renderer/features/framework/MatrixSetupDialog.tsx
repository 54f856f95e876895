import { useMemo, useState } from 'react';
import type { MatrixRowKind, MatrixSummary } from '../../../core/model/frameworkTypes';
import type { Attribute } from '../../../core/model/participantTypes';
import type { Code } from '../../../core/model/types';
import { useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { CodeChecklist } from '../queries/CodeChecklist';
import { frameworkOf, frameworks } from '../queries/codeChoices';

export interface MatrixLayoutChoice {
  name: string;
  rowKind: MatrixRowKind;
  codeIds: number[];
  rowIds: number[] | null;
  groupBy: number[];
}

/** The attribute a researcher most likely groups by: a category such as stakeholder type. */
function likelyGrouping(attributes: readonly Attribute[]): Attribute | undefined {
  const categories = attributes.filter((a) => a.type === 'category');
  return categories.find((a) => /stakeholder|group|type|role/i.test(a.name)) ?? categories[0];
}

function suggestedName(themesName: string, grouping: readonly Attribute[]): string {
  return grouping.length ? `${themesName} by ${grouping.map((a) => a.name).join(' and ')}` : themesName;
}

/**
 * Lay out a framework matrix: its themes (a framework's elements, or any codes), its rows
 * (participants or documents, all or some), and how rows are grouped and ordered.
 */
export function MatrixSetupDialog({
  codes,
  matrix,
  onSubmit,
  onClose,
}: {
  codes: readonly Code[];
  /** The matrix to change; none: a new one. */
  matrix: MatrixSummary | null;
  onSubmit: (layout: MatrixLayoutChoice) => Promise<unknown>;
  onClose: () => void;
}) {
  const attributes = useQuery('attributes.list', {}, ['attributes.changed']);
  const participants = useQuery('participants.list', {}, ['participants.changed']);
  const documents = useQuery('documents.list', {}, ['documents.changed']);
  const choices = useMemo(() => frameworks(codes), [codes]);
  const startFramework = matrix ? frameworkOf(codes, matrix.codeIds) : (choices[0] ?? null);

  const [themesFrom, setThemesFrom] = useState<'framework' | 'codes'>(matrix && !startFramework ? 'codes' : 'framework');
  const [frameworkId, setFrameworkId] = useState<number | null>(startFramework?.code.id ?? null);
  const [codeIds, setCodeIds] = useState<number[]>(matrix?.codeIds ?? startFramework?.themes.map((t) => t.id) ?? []);
  const [rowKind, setRowKind] = useState<MatrixRowKind>(matrix?.rowKind ?? 'participant');
  const [groupBy, setGroupBy] = useState<number[] | null>(matrix?.groupBy ?? null);
  const [rowIds, setRowIds] = useState<number[] | null>(matrix?.rowIds ?? null);
  const [name, setName] = useState<string | null>(matrix?.name ?? null);
  const { busy, error, setError, attempt } = useAttempt();

  const scoped = (attributes.data ?? []).filter((a) => a.scope === rowKind);
  // Until the researcher chooses, group by the likeliest attribute of a new matrix.
  const grouping = groupBy ?? (matrix ? [] : [likelyGrouping(scoped)?.id].filter((id): id is number => id !== undefined));
  const groupAttributes = grouping.map((id) => scoped.find((a) => a.id === id)).filter((a): a is Attribute => Boolean(a));
  const framework = choices.find((f) => f.code.id === frameworkId) ?? null;
  const columns = themesFrom === 'framework' ? (framework?.themes.map((t) => t.id) ?? []) : codeIds;
  const themesName = themesFrom === 'framework' ? (framework?.code.name ?? 'Matrix') : 'Themes';
  const shownName = name ?? suggestedName(themesName, groupAttributes);
  const rowOptions = rowKind === 'participant' ? (participants.data ?? []).map((p) => ({ id: p.id, label: p.name })) : (documents.data ?? []).map((d) => ({ id: d.id, label: d.title }));
  const included = (id: number) => rowIds === null || rowIds.includes(id);
  const rowWord = rowKind === 'participant' ? 'participants' : 'documents';

  const toggleRow = (id: number, on: boolean) => {
    const current = rowOptions.filter((r) => included(r.id)).map((r) => r.id);
    const next = on ? [...current, id] : current.filter((r) => r !== id);
    setRowIds(next.length === rowOptions.length ? null : next);
  };
  const changeRowKind = (kind: MatrixRowKind) => {
    setRowKind(kind);
    setRowIds(null);
    setGroupBy(null);
  };
  const setGrouping = (level: number, id: number | null) => {
    const next = grouping.slice(0, level);
    if (id !== null) next.push(id);
    setGroupBy(next.filter((g, i) => next.indexOf(g) === i));
  };

  // The suggested grouping and name depend on the attributes; creating before they arrive would drop them.
  const loaded = attributes.data !== undefined && participants.data !== undefined && documents.data !== undefined;
  const ready = loaded && columns.length > 0 && (rowIds === null || rowIds.length > 0);
  const submit = async () => {
    if (!ready || busy) return;
    if (await attempt(() => onSubmit({ name: shownName.trim() || themesName, rowKind, codeIds: columns, rowIds, groupBy: grouping }))) onClose();
  };

  return (
    <Dialog
      title={matrix ? `Change matrix ${matrix.name}` : 'New framework matrix'}
      description="One row per case, one column per theme; each cell holds your summary of the coded passages behind it."
      size="medium"
      onClose={onClose}
      onSubmit={() => void submit()}
      busy={busy}
      className="matrix-setup"
      footer={
        <>
          <span className="footer-note">
            {columns.length} theme{columns.length === 1 ? '' : 's'} × {rowIds === null ? rowOptions.length : rowIds.length} {rowWord}
          </span>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!ready || busy}>
            {matrix ? 'Save changes' : 'Create matrix'}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input value={shownName} onChange={(e) => setName(e.target.value)} data-autofocus />
      </label>

      <fieldset className="setup-group">
        <legend className="field-label">Columns (themes)</legend>
        <label className="check">
          <input type="radio" name="themes" checked={themesFrom === 'framework'} onChange={() => setThemesFrom('framework')} />
          The elements of a framework
        </label>
        {themesFrom === 'framework' && (
          <div className="setup-indent">
            <select aria-label="Framework" value={frameworkId ?? ''} onChange={(e) => setFrameworkId(Number(e.target.value))}>
              {choices.map((f) => (
                <option key={f.code.id} value={f.code.id}>
                  {f.code.name} ({f.themes.length} themes)
                </option>
              ))}
            </select>
            {framework && <p className="field-hint setup-themes">{framework.themes.map((t) => t.name).join(' · ')}</p>}
          </div>
        )}
        <label className="check">
          <input type="radio" name="themes" checked={themesFrom === 'codes'} onChange={() => setThemesFrom('codes')} />
          Codes I choose
        </label>
        {themesFrom === 'codes' && (
          <div className="setup-indent setup-scroll">
            <CodeChecklist codes={codes} selected={codeIds} onChange={setCodeIds} label="Themes" />
          </div>
        )}
        <p className="field-hint">A theme’s sub-codes count as its evidence.</p>
      </fieldset>

      <fieldset className="setup-group">
        <legend className="field-label">Rows</legend>
        <div className="setup-row">
          <label className="check">
            <input type="radio" name="rows" checked={rowKind === 'participant'} onChange={() => changeRowKind('participant')} />
            Participants
          </label>
          <label className="check">
            <input type="radio" name="rows" checked={rowKind === 'document'} onChange={() => changeRowKind('document')} />
            Documents
          </label>
        </div>
        <div className="setup-row">
          <label className="setup-select">
            <span>Group by</span>
            <select value={grouping[0] ?? ''} onChange={(e) => setGrouping(0, e.target.value ? Number(e.target.value) : null)}>
              <option value="">No grouping</option>
              {scoped.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          {grouping.length > 0 && (
            <label className="setup-select">
              <span>then by</span>
              <select value={grouping[1] ?? ''} onChange={(e) => setGrouping(1, e.target.value ? Number(e.target.value) : null)}>
                <option value="">—</option>
                {scoped
                  .filter((a) => a.id !== grouping[0])
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </select>
            </label>
          )}
        </div>
        <p className="field-hint">Groups follow the order of the attribute’s values; rows within a group go by name.</p>
        <details className="setup-rows">
          <summary>
            Which {rowWord}: {rowIds === null ? `all ${rowOptions.length}` : `${rowIds.length} of ${rowOptions.length}`}
          </summary>
          <div className="setup-row-actions">
            <button type="button" className="link" onClick={() => setRowIds(null)}>
              All
            </button>
            <button type="button" className="link" onClick={() => setRowIds([])}>
              None
            </button>
          </div>
          <ul className="setup-row-list">
            {rowOptions.map((r) => (
              <li key={r.id}>
                <label className="check">
                  <input type="checkbox" checked={included(r.id)} onChange={(e) => toggleRow(r.id, e.target.checked)} />
                  {r.label}
                </label>
              </li>
            ))}
          </ul>
        </details>
      </fieldset>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
