import { useRef, useState } from 'react';
import type { AttributeImportResult, AttributeScope, AttributeTablePreview, AttributeType } from '../../../core/model/participantTypes';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import type { UploadedFile } from '../../files/uploads';
import { readPickedFiles } from '../import/readPickedFiles';
import { typeNames } from './attributeSort';

interface ColumnChoice {
  name: string;
  type: AttributeType;
  include: boolean;
}

const shownUnmatched = 12;

function UnmatchedList({ rows, noun }: { rows: { line: number; key: string }[]; noun: string }) {
  return (
    <ul className="unmatched-list" aria-label={`Rows that match no ${noun}`}>
      {rows.slice(0, shownUnmatched).map((r) => (
        <li key={r.line}>
          <span className="muted">line {r.line}</span> {r.key || <em>(empty)</em>}
        </li>
      ))}
      {rows.length > shownUnmatched && <li className="muted">and {rows.length - shownUnmatched} more</li>}
    </ul>
  );
}

/**
 * Attributes from a spreadsheet (CSV or Excel), one row per participant or document: first
 * a preview (which column names them, each column's type, which rows match), then the import
 * and its report.
 */
export function AttributeImportDialog({ scope, onClose }: { scope: AttributeScope; onClose: () => void }) {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [preview, setPreview] = useState<AttributeTablePreview | null>(null);
  const [columns, setColumns] = useState<ColumnChoice[]>([]);
  const [createMissing, setCreateMissing] = useState(false);
  const [result, setResult] = useState<AttributeImportResult | null>(null);
  const { busy, error, setError, attempt } = useAttempt();
  const noun = scope === 'participant' ? 'participant' : 'document';

  const onPicked = async (el: HTMLInputElement) => {
    const [picked] = [...(el.files ?? [])];
    el.value = '';
    if (!picked) return;
    await attempt(async () => {
      const [uploaded] = await readPickedFiles([picked]);
      if (!uploaded) return;
      const table = await api.call('attributes.importPreview', { file: uploaded, scope });
      setFile(uploaded);
      setPreview(table);
      setColumns(table.columns.map((c) => ({ name: c.name, type: c.inferredType, include: true })));
    });
  };

  const runImport = async () => {
    if (!file || !preview || busy) return;
    await attempt(async () => setResult(await api.call('attributes.import', { file, scope, columns, createMissing: scope === 'participant' && createMissing })));
  };

  const setColumn = (name: string, change: Partial<ColumnChoice>) => setColumns((cs) => cs.map((c) => (c.name === name ? { ...c, ...change } : c)));
  const included = columns.filter((c) => c.include).length;
  const picker = (
    <input ref={input} type="file" hidden accept=".csv,.tsv,.txt,.xlsx" data-testid="attribute-import-input" onChange={(e) => void onPicked(e.currentTarget)} />
  );

  if (result) {
    return (
      <Dialog
        title="Attributes imported"
        size="medium"
        onClose={onClose}
        footer={
          <button type="button" className="primary" onClick={onClose} data-autofocus>
            Done
          </button>
        }
      >
        <dl className="summary-counts three" aria-label="Attribute import summary">
          <div className="summary-count ok">
            <dt>{scope === 'participant' ? 'Participants updated' : 'Documents updated'}</dt>
            <dd>{result.updated}</dd>
          </div>
          <div className="summary-count">
            <dt>Participants created</dt>
            <dd>{result.created}</dd>
          </div>
          <div className={result.unmatched.length ? 'summary-count warn' : 'summary-count'}>
            <dt>Rows not matched</dt>
            <dd>{result.unmatched.length}</dd>
          </div>
        </dl>
        {result.attributesCreated.length > 0 && <p>New attributes: {result.attributesCreated.join(', ')}.</p>}
        {result.unmatched.length > 0 && (
          <>
            <p>These rows name no {noun} in the project and were left out:</p>
            <UnmatchedList rows={result.unmatched} noun={noun} />
          </>
        )}
      </Dialog>
    );
  }

  if (!preview) {
    return (
      <Dialog
        title={`Import ${noun} attributes`}
        size="medium"
        onClose={onClose}
        busy={busy}
        footer={
          <>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => input.current?.click()} disabled={busy} data-autofocus>
              {busy ? 'Reading…' : 'Choose a file…'}
            </button>
          </>
        }
      >
        <p>
          Choose a CSV or Excel (.xlsx) file with one row per {noun} and a header row. One column names the {noun} (for example
          “{scope === 'participant' ? 'Participant' : 'Document'}”); every other column becomes an attribute. You will see a preview before
          anything changes.
        </p>
        {picker}
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
      </Dialog>
    );
  }

  return (
    <Dialog
      title={`Import attributes from ${preview.file}`}
      size="large"
      onClose={onClose}
      onSubmit={() => void runImport()}
      busy={busy}
      footer={
        <>
          <span className="footer-note">
            {preview.matched} of {preview.rows} rows match {scope === 'participant' ? 'a participant' : 'a document'}
          </span>
          <button type="button" onClick={() => input.current?.click()} disabled={busy}>
            Choose another file…
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || included === 0}>
            Import {included === 1 ? '1 column' : `${included} columns`}
          </button>
        </>
      }
    >
      {picker}
      <p className="key-column">
        {scope === 'participant' ? 'Participants' : 'Documents'} are matched by the column <strong>{preview.keyColumn}</strong>.
      </p>
      <div className="table-wrap">
        <table className="data-table" aria-label="Columns to import">
          <thead>
            <tr>
              <th scope="col" className="check">
                Import
              </th>
              <th scope="col">Column</th>
              <th scope="col">Type</th>
              <th scope="col">Example values</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => {
              const choice = columns.find((x) => x.name === c.name)!;
              return (
                <tr key={c.name} className={choice.include ? undefined : 'excluded'}>
                  <td className="check">
                    <input type="checkbox" aria-label={`Import column ${c.name}`} checked={choice.include} onChange={(e) => setColumn(c.name, { include: e.target.checked })} />
                  </td>
                  <th scope="row">
                    {c.name} {c.existing && <span className="badge info">existing attribute</span>}
                  </th>
                  <td>
                    <select aria-label={`Type of ${c.name}`} value={choice.type} disabled={!choice.include} onChange={(e) => setColumn(c.name, { type: e.target.value as AttributeType })}>
                      {(Object.keys(typeNames) as AttributeType[]).map((t) => (
                        <option key={t} value={t}>
                          {typeNames[t]}
                          {t === c.inferredType ? ' (detected)' : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="examples">{c.examples.join(' · ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.unmatched.length > 0 && (
        <section className="unmatched" aria-label="Unmatched rows">
          <h3>
            {preview.unmatched.length === 1 ? '1 row matches' : `${preview.unmatched.length} rows match`} no {noun} in this project
          </h3>
          <UnmatchedList rows={preview.unmatched} noun={noun} />
          {scope === 'participant' && (
            <label className="checkbox-line">
              <input type="checkbox" checked={createMissing} onChange={(e) => setCreateMissing(e.target.checked)} /> Create{' '}
              {preview.unmatched.length === 1 ? 'this participant' : `these ${preview.unmatched.length} participants`}
            </label>
          )}
        </section>
      )}
      {preview.problems.length > 0 && (
        <section className="problems" aria-label="Problems in the file">
          <h3>Problems in the file</h3>
          <ul>
            {preview.problems.map((p) => (
              <li key={`${p.line}-${p.message}`}>
                <span className="muted">line {p.line}</span> {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
