import { useState } from 'react';
import type { Attribute } from '../../../core/model/participantTypes';
import type { CmoElement, Configuration } from '../../../core/model/realistTypes';
import { useApi } from '../../api/ApiContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PromptDialog } from '../../components/PromptDialog';
import { EvidenceList } from './EvidenceList';
import { GatherEvidenceDialog } from './GatherEvidenceDialog';
import { SLOT_COLOUR, SLOT_WORDS } from './slots';
import { SupporterGroups } from './SupporterGroups';
import { cmoName, type RealistData } from './useRealistData';

/** One element: what it is, the configurations it fills a slot of, who supports it, and its evidence. */
export function ElementDetail({
  element,
  data,
  groupAttribute,
  onEditConfiguration,
  onOpenPassage,
  onDeleted,
  onError,
}: {
  element: CmoElement;
  data: RealistData;
  groupAttribute: Attribute | null;
  onEditConfiguration: (c: Configuration) => void;
  onOpenPassage: (place: { documentId: number; start: number; end: number }) => void;
  onDeleted: () => void;
  onError: (e: Error) => void;
}) {
  const api = useApi();
  const [dialog, setDialog] = useState<'rename' | 'delete' | 'gather' | null>(null);
  const [description, setDescription] = useState(element.description);
  const configurations = element.usedIn.map((u) => ({ ...u, configuration: data.configurationById.get(u.configurationId) }));

  const saveDescription = () => {
    if (description !== element.description) void api.call('cmo.elements.update', { elementId: element.id, description }).catch(onError);
  };

  return (
    <section className="element-detail" aria-label={`Element ${element.label}`}>
      <header className="element-detail-header">
        <h2 className="element-title">{element.label}</h2>
        <span className="spacer" />
        <button type="button" className="primary small" onClick={() => setDialog('gather')}>
          Gather passages…
        </button>
        <button type="button" className="small" onClick={() => setDialog('rename')}>
          Rename…
        </button>
        <button type="button" className="small quiet danger-text" onClick={() => setDialog('delete')}>
          Delete…
        </button>
      </header>
      <label className="field element-description">
        <span className="field-label">Description</span>
        <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} onBlur={saveDescription} placeholder="What the element means, in the evaluation's words" />
      </label>
      <div className="element-facts">
        <div>
          <h3>Used in</h3>
          {configurations.length === 0 ? (
            <p className="muted">No configuration yet.</p>
          ) : (
            <ul className="element-used-in">
              {configurations.map((u) => (
                <li key={`${u.configurationId}-${u.slot}`}>
                  <span className="slot-dot" style={{ background: SLOT_COLOUR[u.slot] }} aria-hidden="true" />
                  <span className="muted">{SLOT_WORDS[u.slot]} of</span>{' '}
                  {u.configuration ? (
                    <button type="button" className="link" onClick={() => onEditConfiguration(u.configuration!)}>
                      {cmoName(data.numbers, u.configurationId)}: {u.configuration.statement}
                    </button>
                  ) : (
                    cmoName(data.numbers, u.configurationId)
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Supported by</h3>
          <SupporterGroups supporters={element.supporters} attribute={groupAttribute} />
        </div>
      </div>
      <h3>
        Evidence <span className="count">{element.evidenceCount}</span>
      </h3>
      <EvidenceList element={element} data={data} groupAttribute={groupAttribute} onOpenPassage={onOpenPassage} onError={onError} />

      {dialog === 'rename' && (
        <PromptDialog title={`Rename ${element.label}`} label="Label" initial={element.label} onSubmit={(label) => api.call('cmo.elements.update', { elementId: element.id, label })} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={`Delete “${element.label}”?`}
          confirmLabel="Delete element"
          danger
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void api.call('cmo.elements.delete', { elementId: element.id }).then(onDeleted, onError);
          }}
        >
          <p>
            {configurations.length === 0
              ? 'It is in no configuration.'
              : `It comes out of ${configurations.map((u) => `${cmoName(data.numbers, u.configurationId)} (${SLOT_WORDS[u.slot]})`).join(', ')}.`}{' '}
            Its {element.evidenceCount === 1 ? 'link to 1 passage goes' : `links to ${element.evidenceCount} passages go`} too; the codings themselves stay.
          </p>
          <p className="muted">You can undo this straight afterwards (Ctrl+Z).</p>
        </ConfirmDialog>
      )}
      {dialog === 'gather' && <GatherEvidenceDialog target={element} data={data} groupAttribute={groupAttribute} onClose={() => setDialog(null)} />}
    </section>
  );
}
