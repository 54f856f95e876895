import { useState } from 'react';
import type { Attribute, AttributeScope, AttributeType } from '../../../core/model/participantTypes';
import { useApi } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAttempt } from '../../components/useAttempt';
import { typeNames } from './attributeSort';

const typeHelp: Record<AttributeType, string> = {
  text: 'Any words, such as a job title.',
  number: 'A number, such as age or years in post.',
  date: 'A date, such as the interview date.',
  category: 'One of a fixed list, such as client / staff / referrer.',
};

/** Add an attribute, or change one's name, type or allowed values. */
export function AttributeDialog({ scope, attribute, onClose }: { scope: AttributeScope; attribute?: Attribute; onClose: () => void }) {
  const api = useApi();
  const [name, setName] = useState(attribute?.name ?? '');
  const [type, setType] = useState<AttributeType>(attribute?.type ?? 'text');
  const [values, setValues] = useState((attribute?.allowedValues ?? []).join('\n'));
  const { busy, error, setError, attempt } = useAttempt();
  const allowedValues = [...new Set(values.split('\n').map((v) => v.trim()).filter(Boolean))];
  const owner = scope === 'participant' ? 'participants' : 'documents';

  const save = async () => {
    if (!name.trim() || busy) return;
    const done = await attempt(async () => {
      const extra = type === 'category' ? { allowedValues } : {};
      if (attribute) await api.call('attributes.update', { attributeId: attribute.id, name: name.trim(), type, ...extra });
      else await api.call('attributes.create', { scope, name: name.trim(), type, ...extra });
    });
    if (done) onClose();
  };

  return (
    <Dialog
      title={attribute ? `Edit attribute “${attribute.name}”` : `New ${scope} attribute`}
      description={attribute ? undefined : `Something you know about each of the ${owner}, to compare groups later.`}
      size="small"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      footer={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!name.trim() || busy}>
            {attribute ? 'Save' : 'Add attribute'}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} data-autofocus placeholder={scope === 'participant' ? 'e.g. Role' : 'e.g. Phase'} />
      </label>
      <label className="field">
        <span className="field-label">Type</span>
        <select value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
          {(Object.keys(typeNames) as AttributeType[]).map((t) => (
            <option key={t} value={t}>
              {typeNames[t]}
            </option>
          ))}
        </select>
      </label>
      <p className="field-hint">{typeHelp[type]}</p>
      {type === 'category' && (
        <label className="field">
          <span className="field-label">Allowed values, one per line</span>
          <textarea
            rows={5}
            value={values}
            onChange={(e) => setValues(e.target.value)}
            // Enter adds a line here; it does not submit the form.
            onKeyDown={(e) => e.key === 'Enter' && e.stopPropagation()}
            placeholder={'client\nstaff\nreferrer'}
          />
        </label>
      )}
      {attribute && type !== attribute.type && (
        <p className="field-hint warn">Values that do not fit the new type are reported, not silently changed.</p>
      )}
      <ErrorNotice error={error} onDismiss={() => setError(null)} />
    </Dialog>
  );
}
