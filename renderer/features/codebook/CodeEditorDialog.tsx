import { useMemo, useState } from 'react';
import type { Code } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { codeTree, indentedLabel, otherCodes } from './codeTree';

/** Colours that read well as highlights under black text (the sample codebook's family). */
export const codeColours = ['#64b5f6', '#4dd0e1', '#80cbc4', '#a5d6a7', '#dce775', '#fff176', '#ffd54f', '#ffb74d', '#ef9a9a', '#f48fb1', '#ce93d8', '#9fa8da', '#bcaaa4', '#b0bec5'];

/** A colour not yet used by the code's siblings, so a new code stands out from its neighbours. */
function freshColour(codes: readonly Code[], parentId: number | null): string {
  const used = new Set(codes.filter((c) => c.parentId === parentId).map((c) => c.colour.toLowerCase()));
  return codeColours.find((c) => !used.has(c)) ?? codeColours[codes.length % codeColours.length]!;
}

interface Draft {
  name: string;
  parentId: number | null;
  colour: string;
  description: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

/**
 * A new code, or a code's name, place, colour and definition (description, inclusion and
 * exclusion criteria, example). Enter in the name saves; Ctrl+Enter saves from a text box.
 */
export function CodeEditorDialog({
  codes,
  code,
  parentId = null,
  onSaved,
  onClose,
}: {
  codes: readonly Code[];
  /** The code to edit; without it a new code is made. */
  code?: Code;
  /** Where a new code goes. */
  parentId?: number | null;
  onSaved: (code: Code) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const tree = useMemo(() => codeTree(codes), [codes]);
  const places = useMemo(() => (code ? otherCodes(tree, codes, code.id) : [...codes]), [tree, codes, code]);
  const [draft, setDraft] = useState<Draft>(() => ({
    name: code?.name ?? '',
    parentId: code ? code.parentId : parentId,
    colour: code?.colour ?? freshColour(codes, parentId),
    description: code?.description ?? '',
    inclusion: code?.inclusion ?? '',
    exclusion: code?.exclusion ?? '',
    example: code?.example ?? '',
  }));
  const { busy, error, setError, attempt } = useAttempt();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const save = async () => {
    if (!draft.name.trim() || busy) return;
    const { parentId: place, ...fields } = draft;
    const done = await attempt(async () => {
      let saved: Code;
      if (code) {
        saved = await api.call('codes.update', { codeId: code.id, ...fields });
        if (place !== code.parentId) await api.call('codes.move', { codeId: code.id, parentId: place });
      } else {
        saved = await api.call('codes.create', { ...fields, parentId: place });
      }
      onSaved(saved);
    });
    if (done) onClose();
  };

  const text = (key: 'description' | 'inclusion' | 'exclusion' | 'example', label: string, hint: string) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <textarea rows={key === 'description' ? 3 : 2} value={draft[key]} placeholder={hint} onChange={(e) => set({ [key]: e.target.value })} />
    </label>
  );

  return (
    <Dialog
      title={code ? `Edit code ${code.name}` : 'New code'}
      size="medium"
      className="code-editor"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      footer={
        <>
          <span className="footer-note">Ctrl+Enter saves</span>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!draft.name.trim() || busy}>
            {code ? 'Save' : 'Add code'}
          </button>
        </>
      }
    >
      <div
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void save();
          }
        }}
      >
        <div className="code-editor-top">
          <label className="field">
            <span className="field-label">Name</span>
            <input value={draft.name} onChange={(e) => set({ name: e.target.value })} data-autofocus placeholder="e.g. Scheduled follow-up" />
          </label>
          <label className="field">
            <span className="field-label">Inside</span>
            <select value={draft.parentId ?? ''} onChange={(e) => set({ parentId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">(top level: a framework or group)</option>
              {places.map((c) => (
                <option key={c.id} value={c.id}>
                  {indentedLabel(tree, c)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="field colour-field">
          <legend className="field-label">Colour</legend>
          <div className="colour-choices">
            {codeColours.map((c) => (
              <button
                key={c}
                type="button"
                className="colour-choice"
                style={{ background: c }}
                aria-label={`Colour ${c}`}
                aria-pressed={draft.colour.toLowerCase() === c}
                onClick={() => set({ colour: c })}
              />
            ))}
            <input type="color" aria-label="Other colour" value={draft.colour} onChange={(e) => set({ colour: e.target.value })} />
          </div>
        </fieldset>
        {text('description', 'Description', 'What the code means')}
        <div className="code-editor-criteria">
          {text('inclusion', 'Inclusion criteria', 'Use when…')}
          {text('exclusion', 'Exclusion criteria', 'Do not use when…')}
        </div>
        {text('example', 'Example', 'A typical passage')}
      </div>
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
