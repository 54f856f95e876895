import { useMemo } from 'react';
import { useApi } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BarChart } from '../charts/BarChart';
import { ChartFrame } from '../charts/ChartFrame';
import { seriesColour } from '../charts/chartColours';
import { fromSegment } from '../framework/PassageList';
import type { QueryProps } from './queryProps';
import { ResultTable } from './ResultTable';
import { Segmented } from './Segmented';
import { useDensity } from './useDensity';

/**
 * Coding density per document: passages, or the share of the text coded, stacked by framework
 * (or by the chosen codes). Shows at a glance which interviews are coded thinly, and with what.
 */
export function DensityQuery({ codes, codeIds, settings, update, onPassages }: QueryProps) {
  const api = useApi();
  const share = settings.densityMeasure === 'share';
  const { data, error } = useDensity(codes, settings.densityMeasure, settings.densityBy, codeIds);
  const colours = useMemo(() => new Map(codes.map((c) => [c.id, c.colour])), [codes]);
  const format = share ? (n: number) => `${Math.round(n * 10) / 10}%` : (n: number) => String(n);
  const unit = share ? 'of the text' : 'passages';
  // Frameworks take distinct colours; chosen codes keep their own, as in the transcript.
  const series = (data?.series ?? []).map((s, k) => ({ name: s.code.name, colour: settings.densityBy === 'framework' ? seriesColour(k) : s.code.colour }));
  const title = `Coding density per document${share ? ' (share of the text coded)' : ' (passages)'}, by ${settings.densityBy === 'framework' ? 'framework' : 'code'}`;

  const open = (d: number, s: number) => {
    if (!data) return;
    const document = data.documents[d]!;
    const { code, withChildren } = data.series[s]!;
    onPassages({
      title: `${code.name} in ${document.title}`,
      description: `Passages coded ${code.path}${withChildren ? ' or one of its sub-codes' : ''} in ${document.title}.`,
      showCode: withChildren,
      load: async () => (await api.call('codings.segments', { codeId: code.id, includeChildren: withChildren, documentIds: [document.id] })).map((x) => fromSegment(x, colours.get(x.codeId))),
    });
  };

  return (
    <>
      <div className="query-options">
        <Segmented
          label="Measure"
          value={settings.densityMeasure}
          options={[
            { value: 'passages', label: 'Passages' },
            { value: 'share', label: 'Share of text coded' },
          ]}
          onChange={(densityMeasure) => update({ densityMeasure })}
        />
        <Segmented
          label="Stack by"
          value={settings.densityBy}
          options={[
            { value: 'framework', label: 'Framework' },
            { value: 'codes', label: 'Chosen codes' },
          ]}
          onChange={(densityBy) => update({ densityBy })}
        />
        <Segmented
          label="Show as"
          value={settings.densityShow}
          options={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
          onChange={(densityShow) => update({ densityShow })}
        />
      </div>
      <ErrorNotice error={error} />
      {data && settings.densityShow === 'chart' && (
        <ChartFrame
          title={title}
          note={share ? 'Each part: the share of the document’s text coded under that framework or code; a passage coded under two counts in both.' : 'Choose a part of a bar to read its passages.'}
        >
          <BarChart
            title={title}
            description={`${data.documents.length} documents; ${series.map((s) => s.name).join(', ')}.`}
            categories={data.documents.map((d) => d.title)}
            series={series}
            values={data.values}
            layout="stacked"
            totals={!share}
            unit={unit}
            format={format}
            onBar={open}
          />
        </ChartFrame>
      )}
      {data && settings.densityShow === 'table' && (
        <ResultTable
          caption={title}
          corner="Document"
          rows={data.documents.map((d) => ({ label: d.title }))}
          columns={series.map((s) => s.name)}
          values={data.values}
          format={format}
          total={!share}
          describe={(d, s, v) => `${data.documents[d]!.title}, ${s < 0 ? 'in all' : series[s]!.name}: ${format(v)} ${unit}`}
          onCell={open}
        />
      )}
    </>
  );
}
