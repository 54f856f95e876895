import { useMemo } from 'react';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { codeTree, indentedLabel } from '../codebook/codeTree';
import { fromHit, fromSegment } from '../framework/PassageList';
import { ExportCsvButton } from './ExportCsvButton';
import { queryEvents, type QueryProps } from './queryProps';
import { Segmented } from './Segmented';
import { containsWord, languages } from './wordPassages';

/**
 * The most frequent words of a code's passages or of documents, without the language's stop
 * words. A word opens the passages (or places in the documents) where it occurs.
 */
export function WordFrequencyQuery({ codes, codeIds, settings, update, onPassages }: QueryProps) {
  const api = useApi();
  const documents = useQuery('documents.list', {}, ['documents.changed']);
  const sets = useQuery('sets.list', {}, ['sets.changed']);
  const tree = useMemo(() => codeTree(codes), [codes]);
  const colours = useMemo(() => new Map(codes.map((c) => [c.id, c.colour])), [codes]);
  const code = codes.find((c) => c.id === settings.wordCodeId) ?? codes.find((c) => c.id === codeIds[0]) ?? codes[0];

  const documentIds = useMemo((): number[] | undefined => {
    const [kind, id] = settings.wordDocuments.split(':');
    if (kind === 'set') return sets.data?.find((s) => s.id === Number(id))?.documentIds ?? [];
    if (kind === 'document') return [Number(id)];
    return undefined;
  }, [settings.wordDocuments, sets.data]);

  const byCode = settings.wordSource === 'code';
  const args = byCode ? (code ? { codeId: code.id } : null) : { ...(documentIds ? { documentIds } : {}) };
  const words = useQuery('queries.wordFrequency', args && { ...args, language: settings.language, limit: settings.wordLimit }, [...queryEvents]);
  const list = words.data ?? [];
  const top = list[0]?.count ?? 1;
  const source = byCode ? `passages coded ${code?.path ?? ''}` : settings.wordDocuments === 'all' ? 'all documents' : documentIds?.length === 1 ? (documents.data?.find((d) => d.id === documentIds[0])?.title ?? 'one document') : 'the documents of the set';

  const open = (word: string) => {
    onPassages({
      title: `“${word}”`,
      description: `Where “${word}” occurs in ${source}.`,
      showCode: !byCode,
      load: async () => {
        if (byCode && code) {
          const segments = await api.call('codings.segments', { codeId: code.id, includeChildren: true });
          return segments.filter((s) => containsWord(s.text, word, settings.language)).map((s) => fromSegment(s, colours.get(s.codeId)));
        }
        const found = await api.call('search.query', { query: word, limit: 500, ...(documentIds ? { documentIds } : {}) });
        return found.hits.map(fromHit);
      },
    });
  };

  const exportCsv = () => api.call('queries.exportCsv', { query: 'wordFrequency', ...(args ?? {}), language: settings.language });

  return (
    <>
      <div className="query-options">
        <Segmented
          label="Words of"
          value={settings.wordSource}
          options={[
            { value: 'code', label: 'A code' },
            { value: 'documents', label: 'Documents' },
          ]}
          onChange={(wordSource) => update({ wordSource })}
        />
        {byCode ? (
          <label className="query-field">
            <span>Code</span>
            <select value={code?.id ?? ''} onChange={(e) => update({ wordCodeId: Number(e.target.value) })}>
              {codes.map((c) => (
                <option key={c.id} value={c.id}>
                  {indentedLabel(tree, c)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="query-field">
            <span>Documents</span>
            <select value={settings.wordDocuments} onChange={(e) => update({ wordDocuments: e.target.value })}>
              <option value="all">All documents</option>
              {(sets.data ?? []).length > 0 && (
                <optgroup label="Sets">
                  {(sets.data ?? []).map((s) => (
                    <option key={s.id} value={`set:${s.id}`}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              )}
              <optgroup label="One document">
                {(documents.data ?? []).map((d) => (
                  <option key={d.id} value={`document:${d.id}`}>
                    {d.title}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
        )}
        <label className="query-field">
          <span>Language</span>
          <select value={settings.language} onChange={(e) => update({ language: e.target.value })}>
            {languages.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="query-field">
          <span>Show</span>
          <select value={settings.wordLimit} onChange={(e) => update({ wordLimit: Number(e.target.value) })}>
            {[25, 50, 100, 250].map((n) => (
              <option key={n} value={n}>
                top {n}
              </option>
            ))}
          </select>
        </label>
        <ExportCsvButton file={words.data ? exportCsv : null} />
      </div>
      <ErrorNotice error={words.error} />
      {words.data && list.length === 0 && <p className="muted">No words to count in {source}.</p>}
      {list.length > 0 && (
        <div className="table-wrap word-table-wrap">
          <table className="data-table word-table">
            <caption className="visually-hidden">Most frequent words in {source}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">Word</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="word-bar-column">
                  <span className="visually-hidden">Share of the top word</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((w, i) => (
                <tr key={w.word}>
                  <td className="num muted">{i + 1}</td>
                  <th scope="row">
                    <button type="button" className="link word-open" onClick={() => open(w.word)} title={`Where “${w.word}” occurs`} dir="auto">
                      {w.word}
                    </button>
                  </th>
                  <td className="num">{w.count}</td>
                  <td className="word-bar-column" aria-hidden="true">
                    <span className="word-bar" style={{ width: `${(w.count / top) * 100}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="query-note">Stop words of the chosen language (and, in English, the fillers of speech: “um”, “yeah”, “you know”) are left out.</p>
    </>
  );
}
