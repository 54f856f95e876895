import { SLOTS, type Configuration, type TheoryVersion } from '../../../core/model/realistTypes';
import { SLOT_COLOUR, SLOT_TEXT, SLOT_WORDS } from './slots';
import { StatusBadge } from './StatusBadge';
import { cmoName, type RealistData } from './useRealistData';

/** The node chosen in the web, beside it: a configuration's parts and status, or an element's uses. */
export function WebDetail({
  nodeId,
  data,
  version,
  onClose,
  onEditConfiguration,
  onStatus,
  onShowElement,
}: {
  nodeId: string;
  data: RealistData;
  version: TheoryVersion | null;
  onClose: () => void;
  onEditConfiguration: (c: Configuration) => void;
  onStatus: (c: Configuration) => void;
  onShowElement: (elementId: number) => void;
}) {
  const id = Number(nodeId.slice(1));
  const configuration = nodeId.startsWith('c') ? data.configurationById.get(id) : undefined;
  const element = nodeId.startsWith('e') ? data.elementById.get(id) : undefined;
  if (!configuration && !element) return null;
  const status = configuration && version ? configuration.versions[version.id] : undefined;
  return (
    <aside className="web-detail" aria-label={configuration ? cmoName(data.numbers, id) : `Element ${element!.label}`}>
      <header>
        <h2>{configuration ? cmoName(data.numbers, id) : element!.label}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {configuration && (
        <>
          {status && <StatusBadge status={status.status} prefix={version ? `${version.name}:` : undefined} />}
          <p className="web-detail-statement">{configuration.statement}</p>
          {status?.rationale && <p className="cmo-rationale">{status.rationale}</p>}
          <dl className="web-detail-slots">
            {SLOTS.filter((s) => configuration.elements.some((e) => e.slot === s)).map((s) => (
              <div key={s}>
                <dt style={{ color: SLOT_COLOUR[s] }}>{SLOT_TEXT[s].label}</dt>
                {configuration.elements
                  .filter((e) => e.slot === s)
                  .map((e) => (
                    <dd key={e.elementId}>
                      <button type="button" className="link" onClick={() => onShowElement(e.elementId)}>
                        {e.label}
                      </button>{' '}
                      <span className="muted">({e.evidenceCount})</span>
                    </dd>
                  ))}
              </div>
            ))}
          </dl>
          <p className="muted">
            {configuration.evidenceCount} passages of evidence from {configuration.supporters.length} participant{configuration.supporters.length === 1 ? '' : 's'}
          </p>
          <div className="web-detail-actions">
            <button type="button" className="small" onClick={() => onEditConfiguration(configuration)}>
              Edit…
            </button>
            {version && (
              <button type="button" className="small" onClick={() => onStatus(configuration)}>
                Set status…
              </button>
            )}
          </div>
        </>
      )}
      {element && (
        <>
          <ul className="web-detail-uses">
            {element.usedIn.map((u) => (
              <li key={`${u.configurationId}-${u.slot}`}>
                {SLOT_WORDS[u.slot]} of <strong>{cmoName(data.numbers, u.configurationId)}</strong>
              </li>
            ))}
          </ul>
          <p className="muted">{element.evidenceCount === 1 ? '1 passage' : `${element.evidenceCount} passages`} of evidence</p>
          <div className="web-detail-actions">
            <button type="button" className="small" onClick={() => onShowElement(element.id)}>
              Show its evidence
            </button>
          </div>
        </>
      )}
    </aside>
  );
}
