import { useMemo } from 'react';
import type { Attribute } from '../../../core/model/participantTypes';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BarChart } from '../charts/BarChart';
import { ChartFrame } from '../charts/ChartFrame';
import { seriesColour } from '../charts/chartColours';
import { fromSegment } from '../framework/PassageList';
import { ExportCsvButton } from './ExportCsvButton';
import { queryEvents, type QueryProps } from './queryProps';
import type { Measure } from './querySettings';
import { ResultTable } from './ResultTable';
import { Segmented } from './Segmented';

const measureWords: Record<Measure, string> = { passages: 'passages', participants: 'participants', characters: 'characters' };

/** The attribute to start with: a participant category such as stakeholder type. */
export function defaultAttribute(attributes: readonly Attribute[]): Attribute | undefined {
  const categories = attributes.filter((a) => a.type === 'category');
  return categories.find((a) => a.scope === 'participant' && /stakeholder|group|type/i.test(a.name)) ?? categories.find((a) => a.scope === 'participant') ?? categories[0] ?? attributes[0];
}

/**
 * Codes against the values of an attribute (stakeholder type, site, phase): how many passages,
 * participants or characters of each code come from each group. Table or grouped bars.
 */
export function MatrixCodingQuery({ codes, coders, codeIds, settings, update, onPassages }: QueryProps) {
  const api = useApi();
  const attributes = useQuery('attributes.list', {}, ['attributes.changed']);
  const list = attributes.data ?? [];
  const attribute = list.find((a) => a.id === settings.attributeId) ?? defaultAttribute(list);
  const coderIds = settings.coderId !== null ? [settings.coderId] : undefined;
  const coderName = coders.find((c) => c.id === settings.coderId)?.initials;
  const result = useQuery(
    'queries.matrixCoding',
    codeIds.length && attribute ? { codeIds, attributeId: attribute.id, measure: settings.measure, ...(coderIds ? { coderIds } : {}) } : null,
    [...queryEvents],
  );
  const data = result.data && result.data.attribute.id === attribute?.id ? result.data : undefined;
  const colours = useMemo(() => new Map(codes.map((c) => [c.id, c.colour])), [codes]);
  const format = (n: number) => n.toLocaleString('en-GB');

  const open = (i: number, k: number) => {
    if (!data) return;
    const code = data.codes[i]!;
    const value = data.values[k]!;
    onPassages({
      title: `${code.name} — ${data.attribute.name}: ${value}`,
      description: `Passages coded ${code.path} from ${data.attribute.name} “${value}”${coderName ? `, coded by ${coderName}` : ''}.`,
      showCode: false,
      load: async () =>
        (await api.call('queries.matrixCodingPassages', { codeId: code.codeId, attributeId: data.attribute.id, value, ...(coderIds ? { coderIds } : {}) })).map((s) => fromSegment(s, colours.get(s.codeId))),
    });
  };

  const exportCsv = data
    ? () => api.call('queries.exportCsv', { query: 'matrixCoding', codeIds, attributeId: data.attribute.id, measure: data.measure, ...(coderIds ? { coderIds } : {}) })
    : null;

  return (
    <>
      <div className="query-options">
        <label className="query-field">
          <span>By</span>
          <select value={attribute?.id ?? ''} onChange={(e) => update({ attributeId: Number(e.target.value) })}>
            {(['participant', 'document'] as const).map((scope) => (
              <optgroup key={scope} label={scope === 'participant' ? 'Participant attributes' : 'Document attributes'}>
                {list
                  .filter((a) => a.scope === scope)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <Segmented
          label="Count"
          value={settings.measure}
          options={[
            { value: 'passages', label: 'Passages' },
            { value: 'participants', label: 'Participants' },
            { value: 'characters', label: 'Characters' },
          ]}
          onChange={(measure) => update({ measure })}
        />
        <Segmented
          label="Show as"
          value={settings.matrixShow}
          options={[
            { value: 'table', label: 'Table' },
            { value: 'chart', label: 'Chart' },
          ]}
          onChange={(matrixShow) => update({ matrixShow })}
        />
        <ExportCsvButton file={exportCsv} />
      </div>
      <ErrorNotice error={attributes.error ?? result.error} />
      {attributes.data && !attribute && <p className="muted">No attributes yet: give participants or documents attributes (such as stakeholder type) to compare groups.</p>}
      {data && data.values.length === 0 && <p className="muted">No coded passage comes from a {data.attribute.name} with a value.</p>}
      {data && data.values.length > 0 && settings.matrixShow === 'table' && (
        <ResultTable
          caption={`Codes by ${data.attribute.name} (${measureWords[data.measure]})`}
          corner={`Code \\ ${data.attribute.name}`}
          rows={data.codes.map((c) => ({ label: c.name, title: c.path, colour: c.colour }))}
          columns={data.values}
          values={data.counts}
          format={format}
          total={data.measure !== 'participants'}
          describe={(i, k, v) => `${data.codes[i]!.name}, ${k < 0 ? 'all' : data.values[k]}: ${format(v)} ${measureWords[data.measure]}`}
          onCell={open}
        />
      )}
      {data && data.values.length > 0 && settings.matrixShow === 'chart' && (
        <ChartFrame title={`Codes by ${data.attribute.name}`} note={`${measureWords[data.measure][0]!.toUpperCase()}${measureWords[data.measure].slice(1)} of each code from each ${data.attribute.name}. Choose a bar to read its passages.`}>
          <BarChart
            title={`Codes by ${data.attribute.name} (${measureWords[data.measure]})`}
            description={`${data.codes.length} codes, one bar for each ${data.attribute.name}: ${data.values.join(', ')}.`}
            categories={data.codes.map((c) => c.name)}
            series={data.values.map((v, k) => ({ name: v, colour: seriesColour(k) }))}
            values={data.codes.map((_, i) => data.counts[i]!)}
            layout="grouped"
            unit={measureWords[data.measure]}
            format={format}
            onBar={open}
          />
        </ChartFrame>
      )}
    </>
  );
}
