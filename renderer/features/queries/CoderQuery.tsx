import { useMemo } from 'react';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { BarChart } from '../charts/BarChart';
import { ChartFrame } from '../charts/ChartFrame';
import { seriesColour } from '../charts/chartColours';
import { fromSegment } from '../framework/PassageList';
import { ExportCsvButton } from './ExportCsvButton';
import { queryEvents, type QueryProps } from './queryProps';
import { ResultTable } from './ResultTable';
import { Segmented } from './Segmented';

/**
 * Coding by coder: how many passages each coder coded with each code (codes.stats, the code's
 * own codings). Large differences point at codes to talk over before agreement is measured.
 */
export function CoderQuery({ codes, coders, codeIds, settings, update, onPassages }: QueryProps) {
  const api = useApi();
  const stats = useQuery('codes.stats', {}, [...queryEvents]);
  const colours = useMemo(() => new Map(codes.map((c) => [c.id, c.colour])), [codes]);
  const chosen = codeIds.map((id) => codes.find((c) => c.id === id)).filter((c) => c !== undefined);
  const byCode = new Map((stats.data ?? []).map((s) => [s.codeId, s]));
  const values = chosen.map((code) => coders.map((coder) => byCode.get(code.id)?.byCoder[coder.id] ?? 0));

  const open = (i: number, j: number | null) => {
    const code = chosen[i]!;
    const coder = j === null ? null : coders[j]!;
    onPassages({
      title: coder ? `${code.name}, coded by ${coder.initials}` : `${code.name}, every coder`,
      description: `Passages coded ${code.path}${coder ? ` by ${coder.name}` : ''} (the code itself, not its sub-codes).`,
      showCode: false,
      load: async () => (await api.call('codings.segments', { codeId: code.id, ...(coder ? { coderIds: [coder.id] } : {}) })).map((s) => fromSegment(s, colours.get(s.codeId))),
    });
  };

  const exportCsv = () => api.call('queries.exportCsv', { query: 'codingByCoder', codeIds: chosen.map((c) => c.id) });

  return (
    <>
      <div className="query-options">
        <Segmented
          label="Show as"
          value={settings.coderShow}
          options={[
            { value: 'table', label: 'Table' },
            { value: 'chart', label: 'Chart' },
          ]}
          onChange={(coderShow) => update({ coderShow })}
        />
        <ExportCsvButton file={stats.data ? exportCsv : null} />
      </div>
      <ErrorNotice error={stats.error} />
      {stats.data && settings.coderShow === 'table' && (
        <ResultTable
          caption="Passages coded by each coder"
          corner="Code \ coder"
          rows={chosen.map((c) => ({ label: c.name, title: c.path, colour: c.colour }))}
          columns={coders.map((c) => c.initials)}
          values={values}
          total
          describe={(i, j, v) => `${chosen[i]!.name}, ${j < 0 ? 'every coder' : coders[j]!.name}: ${v} passages`}
          onCell={(i, j) => open(i, j)}
          onTotal={(i) => open(i, null)}
        />
      )}
      {stats.data && settings.coderShow === 'chart' && (
        <ChartFrame title="Coding by coder" note="Passages each coder coded with each code. Choose a bar to read them.">
          <BarChart
            title="Coding by coder (passages)"
            description={`${chosen.length} codes, one bar per coder: ${coders.map((c) => c.name).join(', ')}.`}
            categories={chosen.map((c) => c.name)}
            series={coders.map((c, k) => ({ name: `${c.initials} · ${c.name}`, colour: seriesColour(k) }))}
            values={values}
            layout="grouped"
            unit="passages"
            onBar={(i, j) => open(i, j)}
          />
        </ChartFrame>
      )}
      <p className="query-note">Counts each code’s own codings (not its sub-codes’), in every document.</p>
    </>
  );
}
