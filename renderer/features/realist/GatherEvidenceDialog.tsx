import { useMemo, useState, type KeyboardEvent } from 'react';
import type { CodedSegment } from '../../../core/model/codingTypes';
import type { Attribute } from '../../../core/model/participantTypes';
import type { CmoElement } from '../../../core/model/realistTypes';
import type { RealistRole } from '../../../core/model/types';
import { useApi, useQuery } from '../../api/ApiContext';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/Toast';
import { useAttempt } from '../../components/useAttempt';
import { ElementPicker, type ElementChoice } from './ElementPicker';
import { flatText, PassageMeta } from './PassageMeta';
import { RoleTag } from './RoleTag';
import { ROLES, ROLE_TEXT } from './slots';
import { useCodingRoles } from './useCodingRoles';
import { groupValues } from './stakeholders';
import type { RealistData } from './useRealistData';

const firstShown = 150;
type RoleFilter = 'any' | RealistRole | 'untagged';

/**
 * Gather coded passages as evidence: find them by code, realist tag, stakeholder group,
 * document or words; tag them C, M or O on the way; then link the ticked ones to an element,
 * or make a new element from them.
 */
export function GatherEvidenceDialog({
  target,
  data,
  groupAttribute,
  onDone,
  onClose,
}: {
  /** The element to link to; null lets the researcher pick one or name a new one. */
  target: CmoElement | null;
  data: RealistData;
  groupAttribute: Attribute | null;
  onDone?: (element: CmoElement) => void;
  onClose: () => void;
}) {
  const api = useApi();
  const toast = useToast();
  const codes = useQuery('codes.list', {}, ['codes.changed']);
  const documents = useQuery('documents.list', {}, ['documents.changed']);
  const [codeId, setCodeId] = useState<number | null>(null);
  const [roleFilter, setRoleFilter] = useState<RoleFilter>('any');
  const [group, setGroup] = useState('');
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [words, setWords] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [choice, setChoice] = useState<ElementChoice | null>(target ? { elementId: target.id, label: target.label } : null);
  const [all, setAll] = useState(false);
  const { busy, error, setError, attempt } = useAttempt();

  const segments = useQuery('codings.segments', codeId === null ? {} : { codeId, includeChildren: true }, ['codings.changed', 'history.changed']);
  const linked = useQuery('cmo.elements.evidence', choice?.elementId ? { elementId: choice.elementId } : null, ['realist.changed', 'history.changed']);
  const linkedIds = useMemo(() => new Set((linked.data ?? []).map((p) => p.codingId)), [linked.data]);
  const { roles, setRole } = useCodingRoles(useMemo(() => [...new Set((segments.data ?? []).map((s) => s.documentId))], [segments.data]));
  const codeRole = useMemo(() => new Map((codes.data ?? []).map((c) => [c.id, c.realistRole])), [codes.data]);
  const groupOf = useMemo(() => {
    const byParticipant = new Map((data.participants ?? []).map((p) => [p.id, p.attributes]));
    return (s: CodedSegment) => (groupAttribute && s.participant ? (byParticipant.get(s.participant.id)?.[groupAttribute.id] ?? null) : null);
  }, [data.participants, groupAttribute]);
  const groups = groupAttribute ? groupValues(groupAttribute, (data.participants ?? []).map((p) => p.attributes)) : [];

  const roleOf = (s: CodedSegment) => roles.get(s.codingId) ?? null;
  const list = useMemo(() => {
    const q = words.trim().toLowerCase();
    return (segments.data ?? []).filter((s) => {
      const role = roles.get(s.codingId) ?? codeRole.get(s.codeId) ?? null;
      if (roleFilter === 'untagged' ? role !== null : roleFilter !== 'any' && role !== roleFilter) return false;
      if (group && groupOf(s) !== group) return false;
      if (documentId !== null && s.documentId !== documentId) return false;
      return !q || s.text.toLowerCase().includes(q) || (s.participant?.name.toLowerCase().includes(q) ?? false);
    });
  }, [segments.data, roles, codeRole, roleFilter, group, groupOf, documentId, words]);
  const shown = all ? list : list.slice(0, firstShown);
  const count = [...ticked].filter((id) => !linkedIds.has(id)).length;

  const toggle = (codingId: number) =>
    setTicked((set) => {
      const next = new Set(set);
      if (next.has(codingId)) next.delete(codingId);
      else next.add(codingId);
      return next;
    });

  const link = async () => {
    const codingIds = [...ticked].filter((id) => !linkedIds.has(id));
    if (!choice || codingIds.length === 0 || busy) return;
    const done = await attempt(async () => {
      let elementId = choice.elementId;
      if (elementId === null) elementId = (await api.call('cmo.elements.create', { label: choice.label, codingIds })).id;
      else await api.call('cmo.elements.addEvidence', { elementId, codingIds });
      toast.show(`${codingIds.length === 1 ? '1 passage' : `${codingIds.length} passages`} linked to “${choice.label}”.`);
      const element = (await api.call('cmo.elements.list', {})).find((e) => e.id === elementId);
      if (element) onDone?.(element);
    });
    if (done) onClose();
  };

  // ↑ and ↓ go from passage to passage; Space ticks.
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const boxes = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const at = boxes.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    e.preventDefault();
    boxes[Math.max(0, Math.min(boxes.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  // Ctrl+Enter links from anywhere (Enter on a C/M/O button toggles the tag).
  const onBodyKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void link();
    }
  };

  const action = choice ? (choice.elementId === null ? `Make “${choice.label}” from ${count} passage${count === 1 ? '' : 's'}` : `Link ${count} passage${count === 1 ? '' : 's'} to “${choice.label}”`) : 'Choose an element first';

  return (
    <Dialog
      title={target ? `Evidence for “${target.label}”` : 'Gather evidence'}
      size="sheet"
      className="gather-evidence"
      onClose={onClose}
      onSubmit={() => void link()}
      busy={busy}
      description="Find coded passages, tick the ones that bear on the element, and link them as its evidence. C, M and O tag a passage's realist role."
      footer={
        <>
          {target && <span className="footer-note">Ctrl+Enter links</span>}
          {!target && (
            <div className="gather-target">
              {choice ? (
                <span className="gather-choice">
                  To: <strong>{choice.label}</strong>
                  {choice.elementId === null && <span className="badge info">new</span>}
                  <button type="button" className="link" onClick={() => setChoice(null)}>
                    change
                  </button>
                </span>
              ) : (
                <ElementPicker elements={data.elements ?? []} numbers={data.numbers} label="Element to link to" opens="above" placeholder="Element to link to (find or name a new one)…" onPick={setChoice} />
              )}
            </div>
          )}
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !choice || count === 0}>
            {action}
          </button>
        </>
      }
    >
      <div className="gather-body" onKeyDown={onBodyKey}>
        <div className="gather-filters">
          <label>
            <span>Code</span>
            <select aria-label="Code" value={codeId ?? ''} onChange={(e) => setCodeId(e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">Any code</option>
              {(codes.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.path}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Tagged as</span>
            <select aria-label="Tagged as" value={roleFilter} onChange={(e) => setRoleFilter(e.target.value as RoleFilter)}>
              <option value="any">Anything</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_TEXT[r].label}
                </option>
              ))}
              <option value="untagged">Not tagged</option>
            </select>
          </label>
          {groupAttribute && (
            <label>
              <span>{groupAttribute.name}</span>
              <select aria-label={groupAttribute.name} value={group} onChange={(e) => setGroup(e.target.value)}>
                <option value="">Every group</option>
                {groups.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            <span>Document</span>
            <select aria-label="Document" value={documentId ?? ''} onChange={(e) => setDocumentId(e.target.value === '' ? null : Number(e.target.value))}>
              <option value="">Every document</option>
              {(documents.data ?? []).map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </label>
          <label className="gather-words">
            <span>Words</span>
            <input type="search" aria-label="Words" value={words} onChange={(e) => setWords(e.target.value)} placeholder="Words in the passage, or a name" />
          </label>
        </div>
        <p className="gather-summary" aria-live="polite">
          {segments.data ? `${list.length} passage${list.length === 1 ? '' : 's'}` : 'Looking…'}
          {ticked.size > 0 && ` · ${count} ticked`}
        </p>
        <ErrorNotice error={error ?? segments.error} onDismiss={() => setError(null)} />
        <ul className="gather-list" onKeyDown={onListKey} aria-label="Coded passages">
          {shown.map((s) => {
            const already = linkedIds.has(s.codingId);
            return (
              <li key={s.codingId} className={already ? 'already' : ticked.has(s.codingId) ? 'ticked' : undefined}>
                <label className="gather-passage">
                  <input type="checkbox" checked={already || ticked.has(s.codingId)} disabled={already} onChange={() => toggle(s.codingId)} aria-label={`${s.participant?.name ?? s.documentTitle}: ${flatText(s.text).slice(0, 80)}`} />
                  <span className="gather-passage-body">
                    <PassageMeta passage={s} group={groupOf(s)} />
                    <span className="passage-text">{flatText(s.text)}</span>
                    {already && <span className="badge ok">already evidence</span>}
                  </span>
                </label>
                <RoleTag role={roleOf(s)} passage={flatText(s.text).slice(0, 40)} onChange={(role) => void setRole(s.codingId, role).catch((e: unknown) => setError(e as Error))} />
              </li>
            );
          })}
        </ul>
        {!all && list.length > firstShown && (
          <button type="button" className="link" onClick={() => setAll(true)}>
            Show all {list.length}
          </button>
        )}
      </div>
    </Dialog>
  );
}
