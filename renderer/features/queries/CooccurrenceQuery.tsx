import { useMemo } from 'react';
import type { CooccurrenceResult } from '../../../core/model/frameworkTypes';
import { useApi, useQuery } from '../../api/ApiContext';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ChartFrame } from '../charts/ChartFrame';
import { HeatMap } from '../charts/HeatMap';
import { fromSegment } from '../framework/PassageList';
import { ExportCsvButton } from './ExportCsvButton';
import { queryEvents, type QueryProps } from './queryProps';
import { ResultTable } from './ResultTable';
import { Segmented } from './Segmented';

const modeWords = { overlap: 'overlapping passages', turn: 'speaker turns holding both' };

/**
 * Which codes go together: codes × codes, counted by overlapping passages or by speaker turns
 * holding both. As a table or a heat map; each count opens the passages behind it.
 */
export function CooccurrenceQuery({ codes, coders, codeIds, settings, update, onPassages }: QueryProps) {
  const api = useApi();
  const coderIds = settings.coderId !== null ? [settings.coderId] : undefined;
  const args = { codeIds, mode: settings.mode, ...(coderIds ? { coderIds } : {}) };
  const result = useQuery('queries.cooccurrence', codeIds.length ? args : null, [...queryEvents]);
  const data: CooccurrenceResult | undefined = result.data;
  const colours = useMemo(() => new Map(codes.map((c) => [c.id, c.colour])), [codes]);
  const coderName = coders.find((c) => c.id === settings.coderId)?.initials;

  const open = (i: number, j: number) => {
    if (!data) return;
    const a = data.codes[i]!;
    const b = data.codes[j]!;
    const same = i === j;
    onPassages({
      title: same ? `${a.name}: all passages` : `${a.name} with ${b.name}`,
      description: same
        ? `Every passage coded ${a.path}${coderName ? ` by ${coderName}` : ''}.`
        : settings.mode === 'overlap'
          ? `Passages coded ${a.path} that overlap a passage coded ${b.path}${coderName ? ` (${coderName}’s codings)` : ''}.`
          : `Codings in the speaker turns that hold both ${a.path} and ${b.path}.`,
      showCode: !same,
      load: async () => (await api.call('queries.cooccurrencePassages', { codeA: a.codeId, codeB: b.codeId, mode: settings.mode, ...(coderIds ? { coderIds } : {}) })).map((s) => fromSegment(s, colours.get(s.codeId))),
    });
  };

  const exportCsv = data ? () => api.call('queries.exportCsv', { query: 'cooccurrence', ...args }) : null;

  return (
    <>
      <div className="query-options">
        <Segmented
          label="Count"
          value={settings.mode}
          options={[
            { value: 'overlap', label: 'Overlapping passages' },
            { value: 'turn', label: 'Same speaker turn' },
          ]}
          onChange={(mode) => update({ mode })}
        />
        <Segmented
          label="Show as"
          value={settings.cooccurrenceShow}
          options={[
            { value: 'table', label: 'Table' },
            { value: 'heatmap', label: 'Heat map' },
          ]}
          onChange={(cooccurrenceShow) => update({ cooccurrenceShow })}
        />
        <ExportCsvButton file={exportCsv} />
      </div>
      <ErrorNotice error={result.error} />
      {data && settings.cooccurrenceShow === 'table' && (
        <ResultTable
          caption={`Co-occurrence of ${data.codes.length} codes (${modeWords[data.mode]})`}
          corner={data.mode === 'overlap' ? 'Passages of … overlapping →' : 'Turns with … and →'}
          rows={data.codes.map((c) => ({ label: c.name, title: c.path, colour: c.colour }))}
          columns={data.codes.map((c) => c.name)}
          values={data.counts}
          diagonalTotals
          describe={(i, j, v) => (i === j ? `${data.codes[i]!.name}: ${v} in all` : `${data.codes[i]!.name} with ${data.codes[j]!.name}: ${v}`)}
          onCell={open}
        />
      )}
      {data && settings.cooccurrenceShow === 'heatmap' && (
        <ChartFrame title={`Co-occurrence (${modeWords[data.mode]})`} note="Darker: more. Choose a square to read the passages behind it.">
          <HeatMap
            title={`Co-occurrence of codes, ${modeWords[data.mode]}`}
            description={`${data.codes.length} codes; each square counts ${data.mode === 'overlap' ? 'passages of the row code that overlap a passage of the column code' : 'speaker turns that hold both codes'}.`}
            rows={data.codes.map((c) => c.name)}
            columns={data.codes.map((c) => c.name)}
            values={data.counts}
            diagonalTotals
            unit={data.mode === 'overlap' ? 'passages' : 'turns'}
            onCell={open}
          />
        </ChartFrame>
      )}
      {data && (
        <p className="query-note">
          {data.mode === 'overlap'
            ? 'Row code’s passages that overlap a passage of the column code (by any coder unless one is chosen). The diagonal: each code’s own passages.'
            : 'Speaker turns holding both codes. The diagonal: turns holding the code.'}
        </p>
      )}
    </>
  );
}
