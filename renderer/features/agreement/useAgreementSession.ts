import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../../core/api';
import type { Coder } from '../../../core/model/types';
import { useApi, useEvent } from '../../api/ApiContext';
import { comparisonArgs, defaultSettings, type ComparisonArgs, type ComparisonSettings } from './comparisonSettings';

export type AgreementTab = 'report' | 'disagreements' | 'assignments';

export type Comparison = Result<'agreement.compare'>;

export interface ComparisonRun {
  status: 'idle' | 'running' | 'done' | 'failed';
  /** The last report that came back (kept on screen, dimmed, while the next one runs). */
  result: Comparison | null;
  /** The arguments that report was computed with (the exports and disagreements use them too). */
  args: ComparisonArgs | null;
  /** The arguments of the run in progress. */
  pending: ComparisonArgs | null;
  error: Error | null;
  /** The project's data version when the report was computed (to say when it is out of date). */
  dataVersion: number;
}

const idle: ComparisonRun = { status: 'idle', result: null, args: null, pending: null, error: null, dataVersion: 0 };

/** A passage is named by where it is, so a settled mark survives the list being reloaded. */
export const passageKey = (p: { documentId: number; codeId: number; start: number; end: number }) => `${p.documentId}:${p.codeId}:${p.start}:${p.end}`;

/**
 * The agreement view's state, kept by the workspace while the researcher goes back and forth
 * between it and the transcript: the settings, the last report, where they were in it.
 * The workspace closes it when a document is opened (from the list, a search hit or a passage).
 */
export function useAgreementSession() {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<AgreementTab>('report');
  const [settings, setSettingsState] = useState<ComparisonSettings>(defaultSettings);
  const [run, setRun] = useState<ComparisonRun>(idle);
  const [detailCodeId, setDetailCodeId] = useState<number | null>(null);
  const [disagreementCodeId, setDisagreementCodeId] = useState<number | null>(null);
  const [passage, setPassage] = useState<string | null>(null);
  // How each passage was settled in this session (a rejection leaves no coding to see it by).
  const [settled, setSettled] = useState<ReadonlyMap<string, string>>(new Map());
  const [dataVersion, setDataVersion] = useState(0);
  const latestRun = useRef(0);

  const bump = useCallback(() => setDataVersion((v) => v + 1), []);
  useEvent('codings.changed', bump);
  useEvent('assignments.changed', bump);
  useEvent('codes.changed', bump);
  useEvent('documents.changed', bump);
  // After an undo or redo, what this session remembers settling may no longer be so.
  useEvent('history.changed', () => {
    bump();
    setSettled(new Map());
  });

  const setSettings = useCallback((change: Partial<ComparisonSettings>) => setSettingsState((s) => ({ ...s, ...change })), []);

  const compare = useCallback(
    async (coders: readonly Coder[]) => {
      const args = comparisonArgs(settings, coders);
      const id = ++latestRun.current;
      const version = dataVersion;
      setRun((r) => ({ ...r, status: 'running', pending: args, error: null }));
      try {
        const result = await api.call('agreement.compare', args);
        if (id !== latestRun.current) return;
        setRun({ status: 'done', result, args, pending: null, error: null, dataVersion: version });
        setDetailCodeId((c) => (c !== null && result.report.codes.some((x) => x.codeId === c) ? c : null));
      } catch (e) {
        if (id !== latestRun.current) return;
        setRun((r) => ({ ...r, status: 'failed', pending: null, error: e instanceof Error ? e : new Error(String(e)) }));
      }
    },
    [api, settings, dataVersion],
  );

  const markSettled = useCallback((key: string, how: string) => setSettled((m) => new Map(m).set(key, how)), []);

  const showDisagreements = useCallback((codeId: number) => {
    setDisagreementCodeId(codeId);
    setPassage(null);
    setTab('disagreements');
  }, []);

  return {
    open,
    setOpen,
    tab,
    setTab,
    settings,
    setSettings,
    run,
    compare,
    dataVersion,
    detailCodeId,
    setDetailCodeId,
    disagreementCodeId,
    setDisagreementCodeId,
    passage,
    setPassage,
    settled,
    markSettled,
    showDisagreements,
  };
}

export type AgreementSession = ReturnType<typeof useAgreementSession>;
