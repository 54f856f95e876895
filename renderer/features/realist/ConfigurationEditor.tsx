import { useRef, useState, type KeyboardEvent } from 'react';
import { SLOTS, type CmoElement, type Configuration } from '../../../core/model/realistTypes';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { SlotField, type SlotEntry } from './SlotField';
import { cmoName } from './useRealistData';

let nextKey = 0;
const entryKey = () => `entry-${++nextKey}`;

/**
 * Write or change a configuration: its statement and the elements in each slot (context,
 * intervention, mechanism resource and reasoning, outcome), reusing elements other
 * configurations have, or naming new ones (made when the configuration is saved).
 * Ctrl+Enter saves from anywhere in the dialog.
 */
export function ConfigurationEditor({
  configuration,
  elements,
  numbers,
  onSaved,
  onClose,
}: {
  /** null: a new configuration. */
  configuration: Configuration | null;
  elements: readonly CmoElement[];
  numbers: ReadonlyMap<number, number>;
  onSaved: (saved: Configuration) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const [statement, setStatement] = useState(configuration?.statement ?? '');
  const [entries, setEntries] = useState<SlotEntry[]>(() => (configuration?.elements ?? []).map((e) => ({ key: entryKey(), elementId: e.elementId, label: e.label, slot: e.slot })));
  const { busy, error, setError, attempt } = useAttempt();
  const [tried, setTried] = useState(false);
  const statementField = useRef<HTMLTextAreaElement>(null);

  const save = async () => {
    setTried(true);
    if (!statement.trim()) {
      statementField.current?.focus();
      return;
    }
    if (busy) return;
    const done = await attempt(async () => {
      // New elements are made first, once per label even when used in two slots.
      const made = new Map<string, number>();
      for (const e of entries) {
        if (e.elementId !== null || made.has(e.label.toLowerCase())) continue;
        made.set(e.label.toLowerCase(), (await api.call('cmo.elements.create', { label: e.label })).id);
      }
      const slots = entries.map((e) => ({ elementId: e.elementId ?? made.get(e.label.toLowerCase())!, slot: e.slot }));
      const saved = configuration
        ? await api.call('cmo.configurations.update', { configurationId: configuration.id, statement: statement.trim(), elements: slots })
        : await api.call('cmo.configurations.create', { statement: statement.trim(), elements: slots });
      onSaved(saved);
    });
    if (done) onClose();
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const title = configuration ? `Edit ${cmoName(numbers, configuration.id)}` : 'New configuration';
  const missing = tried && !statement.trim();
  return (
    <Dialog
      title={title}
      size="large"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      description="A context–mechanism–outcome configuration: what works, for whom, in what circumstances and why. Reuse elements other configurations have, so the web shows how they link."
      footer={
        <>
          <span className="footer-note">Ctrl+Enter saves</span>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {configuration ? 'Save configuration' : 'Add configuration'}
          </button>
        </>
      }
    >
      <div className="configuration-editor" onKeyDown={onKey}>
        <label className="field">
          <span className="field-label">Statement</span>
          <textarea
            ref={statementField}
            rows={3}
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
            data-autofocus
            aria-invalid={missing || undefined}
            className={missing ? 'invalid' : undefined}
            placeholder="For whom, in what circumstances, the programme works how, to what outcome…"
          />
        </label>
        {missing && <p className="field-error">A configuration needs a statement.</p>}
        <div className="slot-fields">
          {SLOTS.map((slot) => (
            <SlotField
              key={slot}
              slot={slot}
              entries={entries.filter((e) => e.slot === slot)}
              elements={elements}
              numbers={numbers}
              configurationId={configuration?.id ?? null}
              onAdd={(choice) => setEntries((list) => [...list, { key: entryKey(), elementId: choice.elementId, label: choice.label, slot }])}
              onRemove={(key) => setEntries((list) => list.filter((e) => e.key !== key))}
            />
          ))}
        </div>
        <ErrorNotice error={error} onDismiss={() => setError(null)} />
      </div>
    </Dialog>
  );
}
