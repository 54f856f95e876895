import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import type { Configuration, TheoryVersion } from '../../../core/model/realistTypes';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MenuButton } from '../../components/MenuButton';
import { useToast } from '../../components/Toast';
import { downloadCmoTable } from './cmoDownloads';
import { ComparisonView } from './ComparisonView';
import { ConfigurationEditor } from './ConfigurationEditor';
import { ConfigurationTable } from './ConfigurationTable';
import { ElementsPanel } from './ElementsPanel';
import { stakeholderAttribute } from './stakeholders';
import { StatusDialog } from './StatusDialog';
import { useStoredState } from './useStoredState';
import { cmoName, useRealistData } from './useRealistData';
import { VersionDialog } from './VersionDialog';
import './realist.css';

// The web (React Flow, and ELK for its layout) loads when it is first shown.
const WebView = lazy(() => import('./WebView').then((m) => ({ default: m.WebView })));

type Tab = 'configurations' | 'elements' | 'web' | 'compare';
const tabs: { tab: Tab; label: string }[] = [
  { tab: 'configurations', label: 'Configurations' },
  { tab: 'elements', label: 'Elements & evidence' },
  { tab: 'web', label: 'Web' },
  { tab: 'compare', label: 'Compare versions' },
];
const tabId = (tab: Tab) => `realist-tab-${tab}`;
const panelId = (tab: Tab) => `realist-panel-${tab}`;

type Editing = { kind: 'configuration'; configuration: Configuration | null } | { kind: 'status'; configuration: Configuration } | { kind: 'delete'; configuration: Configuration } | { kind: 'version'; version: TheoryVersion | null } | { kind: 'delete-version'; version: TheoryVersion };

/**
 * Realist evaluation: context–mechanism–outcome configurations as objects, the elements they
 * share and the coded passages behind them, programme theory versions with a status for each
 * configuration, the web they form, and the comparison of two versions. The chosen version
 * and stakeholder grouping hold across the tabs and the exports.
 */
export function RealistView({ projectGuid, onOpenPassage }: { projectGuid: string; onOpenPassage: (place: { documentId: number; start: number; end: number }) => void }) {
  const api = useApi();
  const toast = useToast();
  const data = useRealistData();
  const [tab, setTab] = useStoredState<Tab>(`coherence.realist.tab.${projectGuid}`, 'configurations');
  const [versionId, setVersionId] = useStoredState<number | null>(`coherence.realist.version.${projectGuid}`, null);
  const [groupId, setGroupId] = useStoredState<number | null | undefined>(`coherence.realist.group.${projectGuid}`, undefined);
  const [onlyInVersion, setOnlyInVersion] = useState(false);
  const [elementId, setElementId] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const versions = data.versions ?? [];
  const version = versions.find((v) => v.id === versionId) ?? null;
  const attributes = data.attributes ?? [];
  // Until the researcher chooses, supporters are grouped by the stakeholder attribute.
  const groupAttribute = groupId === undefined ? stakeholderAttribute(attributes) : (attributes.find((a) => a.id === groupId) ?? null);
  const configurations = (data.configurations ?? []).filter((c) => !version || !onlyInVersion || c.versions[version.id]);

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((t) => t.tab === tab);
    const to = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length]!;
    setTab(next.tab);
    document.getElementById(tabId(next.tab))?.focus();
  };

  const exportTable = (format: 'csv' | 'html') =>
    void downloadCmoTable(api, format, { versionId: version?.id ?? null, groupAttributeId: groupAttribute?.id ?? null }).then(
      (name) => toast.show(`The CMO table saved as ${name}.`),
      (e: unknown) => setError(e as Error),
    );

  const showElement = (id: number) => {
    setElementId(id);
    setTab('elements');
  };

  const deleteConfiguration = (c: Configuration) => {
    setEditing(null);
    void api.call('cmo.configurations.delete', { configurationId: c.id }).then(
      () => toast.show(`${cmoName(data.numbers, c.id)} deleted.`, { label: 'Undo', run: () => void api.call('history.undo', {}).catch((e: unknown) => setError(e as Error)) }),
      (e: unknown) => setError(e as Error),
    );
  };

  const deleteVersion = (v: TheoryVersion) => {
    setEditing(null);
    if (versionId === v.id) setVersionId(null);
    void api.call('cmo.versions.delete', { versionId: v.id }).then(
      () => toast.show(`${v.name} deleted.`, { label: 'Undo', run: () => void api.call('history.undo', {}).catch((e: unknown) => setError(e as Error)) }),
      (e: unknown) => setError(e as Error),
    );
  };

  const statusFor = (c: Configuration) => (versions.length ? setEditing({ kind: 'status', configuration: c }) : setEditing({ kind: 'version', version: null }));

  return (
    <section className="realist-view" aria-label="Realist configurations">
      <header className="realist-header">
        <h1 className="realist-title">Realist configurations</h1>
        <div className="realist-tabs" role="tablist" aria-label="Realist" onKeyDown={onTabKey}>
          {tabs.map((t) => (
            <button key={t.tab} type="button" role="tab" id={tabId(t.tab)} aria-selected={t.tab === tab} aria-controls={panelId(t.tab)} tabIndex={t.tab === tab ? 0 : -1} onClick={() => setTab(t.tab)}>
              {t.label}
            </button>
          ))}
        </div>
      </header>
      <div className="realist-toolbar">
        <label className="realist-choice">
          <span>Version</span>
          <select value={version?.id ?? ''} onChange={(e) => setVersionId(e.target.value === '' ? null : Number(e.target.value))} aria-label="Programme theory version">
            <option value="">All configurations</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <MenuButton
          label="Versions"
          className="small"
          items={[
            { label: 'New version…', onSelect: () => setEditing({ kind: 'version', version: null }) },
            { label: version ? `Rename ${version.name}…` : 'Rename…', onSelect: () => version && setEditing({ kind: 'version', version }), disabled: !version },
            { label: version ? `Delete ${version.name}…` : 'Delete…', onSelect: () => version && setEditing({ kind: 'delete-version', version }), disabled: !version, separator: true },
          ]}
        />
        {version && tab === 'configurations' && (
          <label className="check">
            <input type="checkbox" checked={onlyInVersion} onChange={(e) => setOnlyInVersion(e.target.checked)} />
            Only those in {version.name}
          </label>
        )}
        <label className="realist-choice">
          <span>Group supporters by</span>
          <select value={groupAttribute?.id ?? ''} onChange={(e) => setGroupId(e.target.value === '' ? null : Number(e.target.value))} aria-label="Group supporters by">
            <option value="">(no grouping)</option>
            {attributes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <MenuButton
          label="Export"
          className="small"
          align="end"
          items={[
            { label: 'CMO table as CSV', onSelect: () => exportTable('csv') },
            { label: 'CMO table for Word (HTML)', onSelect: () => exportTable('html') },
          ]}
        />
        <button type="button" className="primary small" onClick={() => setEditing({ kind: 'configuration', configuration: null })}>
          New configuration
        </button>
      </div>
      <ErrorNotice error={error ?? data.error} onDismiss={() => setError(null)} />
      <div className="realist-body" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {tab === 'configurations' &&
          (data.configurations && data.configurations.length === 0 ? (
            <div className="realist-empty">
              <p>No configurations yet. A configuration says what works, for whom, in what circumstances and why: its context, the mechanism it triggers, and the outcome.</p>
              <button type="button" className="primary" onClick={() => setEditing({ kind: 'configuration', configuration: null })}>
                Write the first configuration
              </button>
            </div>
          ) : (
            data.configurations && (
              <>
                <p className="realist-hint">
                  Chips are elements: ⇄ marks one shared with other configurations (pointing at it lights them all), the number counts its passages. On a statement: ↑ ↓ move,
                  Enter edits, S sets the status, Delete deletes.
                </p>
                <ConfigurationTable
                  configurations={configurations}
                  data={data}
                  version={version}
                  groupAttribute={groupAttribute}
                  onEdit={(c) => setEditing({ kind: 'configuration', configuration: c })}
                  onStatus={statusFor}
                  onDelete={(c) => setEditing({ kind: 'delete', configuration: c })}
                />
              </>
            )
          ))}
        {tab === 'elements' && (
          <ElementsPanel
            data={data}
            groupAttribute={groupAttribute}
            selectedId={elementId}
            onSelect={setElementId}
            onEditConfiguration={(c) => setEditing({ kind: 'configuration', configuration: c })}
            onOpenPassage={onOpenPassage}
            onError={setError}
          />
        )}
        {tab === 'web' && (
          <Suspense fallback={<p className="muted empty">Drawing the web…</p>}>
            <WebView data={data} version={version} groupAttribute={groupAttribute} onEditConfiguration={(c) => setEditing({ kind: 'configuration', configuration: c })} onStatus={statusFor} onShowElement={showElement} />
          </Suspense>
        )}
        {tab === 'compare' && <ComparisonView data={data} versions={versions} />}
      </div>

      {editing?.kind === 'configuration' && (
        <ConfigurationEditor
          configuration={editing.configuration}
          elements={data.elements ?? []}
          numbers={data.numbers}
          onSaved={(c) => toast.show(editing.configuration ? `${cmoName(data.numbers, c.id)} saved.` : `CMO ${(data.configurations?.length ?? 0) + 1} added.`)}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'status' && (
        <StatusDialog
          configuration={editing.configuration}
          name={cmoName(data.numbers, editing.configuration.id)}
          versions={versions}
          versionId={version?.id ?? versions.at(-1)!.id}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'delete' && (
        <ConfirmDialog title={`Delete ${cmoName(data.numbers, editing.configuration.id)}?`} confirmLabel="Delete configuration" danger onCancel={() => setEditing(null)} onConfirm={() => deleteConfiguration(editing.configuration)}>
          <p>“{editing.configuration.statement}”</p>
          <p>It leaves every programme theory version. Its elements and their evidence stay, for the other configurations and for reuse.</p>
          <p className="muted">You can undo this straight afterwards (Ctrl+Z).</p>
        </ConfirmDialog>
      )}
      {editing?.kind === 'version' && (
        <VersionDialog
          version={editing.version}
          versions={versions}
          copyFrom={editing.version ? null : (version?.id ?? versions.at(-1)?.id ?? null)}
          onSaved={(v) => {
            setVersionId(v.id);
            toast.show(editing.version ? `Renamed to ${v.name}.` : `${v.name} added.`);
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'delete-version' && (
        <ConfirmDialog title={`Delete ${editing.version.name}?`} confirmLabel="Delete version" danger onCancel={() => setEditing(null)} onConfirm={() => deleteVersion(editing.version)}>
          <p>The version and the statuses and rationales its configurations have in it go. The configurations themselves stay.</p>
          <p className="muted">You can undo this straight afterwards (Ctrl+Z).</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
