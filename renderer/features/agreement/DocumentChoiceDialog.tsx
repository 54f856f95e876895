import { useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../core/model/types';
import { useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { formatCount } from '../../../core/model/wording';

type Mode = 'suggested' | 'chosen';

/**
 * Which documents to compare: the ones the core proposes (every chosen coder finished them),
 * or a choice, helped by a set or a document attribute. Each document says who finished it or
 * why it would be left out.
 */
export function DocumentChoiceDialog({
  coderIds,
  documentIds,
  onChoose,
  onClose,
}: {
  coderIds: number[];
  documentIds: number[] | null;
  onChoose: (documentIds: number[] | null) => void;
  onClose: () => void;
}) {
  const documents = useQuery('documents.list', {});
  const sets = useQuery('sets.list', {});
  const attributes = useQuery('attributes.list', { scope: 'document' });
  const all = documents.data ?? [];
  // Asking about every document at once tells, for each, who finished it.
  const scope = useQuery('agreement.scope', all.length > 0 && coderIds.length >= 2 ? { coderIds, documentIds: all.map((d) => d.id) } : null);
  const suggested = useQuery('agreement.scope', coderIds.length >= 2 ? { coderIds } : null);
  const [mode, setMode] = useState<Mode>(documentIds ? 'chosen' : 'suggested');
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set(documentIds ?? []));
  const [setId, setSetId] = useState<number | null>(null);
  const [attributeId, setAttributeId] = useState<number | null>(null);
  const [value, setValue] = useState('');

  const status = useMemo(() => {
    const map = new Map<number, string>();
    const verb = scope.data?.basis === 'codings present' ? 'coded' : 'finished';
    for (const d of scope.data?.documents ?? []) map.set(d.id, `${verb} by ${d.completedBy.join(', ')}`);
    for (const d of scope.data?.excluded ?? []) map.set(d.id, d.reason);
    return map;
  }, [scope.data]);
  const usable = new Set(scope.data?.documents.map((d) => d.id) ?? []);
  const basis = scope.data?.basis === 'codings present' ? 'coded by' : 'finished by';

  const attribute = attributes.data?.find((a) => a.id === attributeId) ?? null;
  const values = useMemo(() => {
    if (!attribute) return [];
    const present = new Set(all.map((d) => d.attributes[attribute.id]).filter((v): v is string => Boolean(v)));
    return attribute.type === 'category' ? attribute.allowedValues.filter((v) => present.has(v)) : [...present].sort();
  }, [attribute, all]);
  const matches = (d: DocumentSummary) =>
    (setId === null || d.setIds.includes(setId)) && (!attribute || !value || d.attributes[attribute.id] === value);
  const filtered = all.filter(matches);
  const filtering = setId !== null || (attribute !== null && value !== '');

  const toggle = (id: number) =>
    setPicked((p) => {
      const next = new Set(p);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const chooseMode = (m: Mode) => {
    setMode(m);
    if (m === 'chosen' && picked.size === 0) setPicked(new Set(suggested.data?.documents.map((d) => d.id) ?? []));
  };

  const submit = () => {
    if (mode === 'suggested') onChoose(null);
    else if (picked.size > 0) onChoose(all.filter((d) => picked.has(d.id)).map((d) => d.id));
  };

  return (
    <Dialog
      title="Documents to compare"
      size="large"
      onClose={onClose}
      onSubmit={submit}
      description="A document counts for the coders who finished it; a document a coder was not given is missing data for that coder, not “code absent”."
      footer={
        <>
          <span className="footer-note">{mode === 'suggested' ? `${formatCount(suggested.data?.documents.length ?? 0)} suggested` : `${formatCount(picked.size)} chosen`}</span>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={mode === 'chosen' && picked.size === 0}>
            Use these documents
          </button>
        </>
      }
    >
      <fieldset className="choice-mode">
        <legend className="visually-hidden">Which documents</legend>
        <label>
          <input type="radio" name="document-mode" checked={mode === 'suggested'} onChange={() => chooseMode('suggested')} />
          The suggested documents <span className="muted">— every chosen coder {basis === 'coded by' ? 'coded' : 'finished'} them ({formatCount(suggested.data?.documents.length ?? 0)})</span>
        </label>
        <label>
          <input type="radio" name="document-mode" checked={mode === 'chosen'} onChange={() => chooseMode('chosen')} />
          Choose documents <span className="muted">— each counts for the coders who {basis === 'coded by' ? 'coded' : 'finished'} it (at least two)</span>
        </label>
      </fieldset>
      {mode === 'chosen' && (
        <div className="choice-filter" role="group" aria-label="Filter documents">
          <label>
            Set{' '}
            <select aria-label="Set" value={setId ?? ''} onChange={(e) => setSetId(e.target.value ? Number(e.target.value) : null)}>
              <option value="">Any set</option>
              {sets.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.documentIds.length})
                </option>
              ))}
            </select>
          </label>
          <label>
            Attribute{' '}
            <select
              aria-label="Attribute"
              value={attributeId ?? ''}
              onChange={(e) => {
                setAttributeId(e.target.value ? Number(e.target.value) : null);
                setValue('');
              }}
            >
              <option value="">Any attribute</option>
              {attributes.data?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          {attribute && (
            <label>
              is{' '}
              <select value={value} onChange={(e) => setValue(e.target.value)} aria-label={`${attribute.name} value`}>
                <option value="">any value</option>
                {values.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
          )}
          <span className="spacer" />
          <button type="button" className="small" onClick={() => setPicked(new Set(filtered.filter((d) => usable.has(d.id)).map((d) => d.id)))}>
            {filtering ? 'Choose only these' : 'Choose all comparable'}
          </button>
          <button type="button" className="small" onClick={() => setPicked(new Set())}>
            Clear
          </button>
        </div>
      )}
      <div className="table-wrap choice-table-wrap">
        <table className="data-table" aria-label="Documents">
          <thead>
            <tr>
              {mode === 'chosen' && <th className="pick-col" />}
              <th>Document</th>
              <th className="num">Words</th>
              <th>Who</th>
            </tr>
          </thead>
          <tbody>
            {(mode === 'chosen' ? filtered : all).map((d) => {
              const inSuggested = suggested.data?.documents.some((s) => s.id === d.id) ?? false;
              return (
                <tr key={d.id} className={mode === 'suggested' && !inSuggested ? 'left-out' : undefined}>
                  {mode === 'chosen' && (
                    <td className="pick-col">
                      <input type="checkbox" checked={picked.has(d.id)} onChange={() => toggle(d.id)} aria-label={d.title} />
                    </td>
                  )}
                  <th scope="row">{d.title}</th>
                  <td className="num">{formatCount(d.words)}</td>
                  <td className={usable.has(d.id) ? undefined : 'muted'}>
                    {mode === 'suggested' && !inSuggested ? `left out: ${suggested.data?.excluded.find((x) => x.id === d.id)?.reason ?? ''}` : (status.get(d.id) ?? '')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
