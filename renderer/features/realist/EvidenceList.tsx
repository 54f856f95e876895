import { useMemo } from 'react';
import type { Attribute } from '../../../core/model/participantTypes';
import type { CmoElement } from '../../../core/model/realistTypes';
import { useApi, useQuery } from '../../api/ApiContext';
import { flatText, PassageMeta } from './PassageMeta';
import { LinkEvidenceButton } from './LinkEvidenceButton';
import { RoleTag } from './RoleTag';
import { useCodingRoles } from './useCodingRoles';
import { useConfirmCodingDeletion } from './useConfirmCodingDeletion';
import { REALIST_EVENTS, type RealistData } from './useRealistData';

/**
 * The words around a passage, within its own paragraph (the speaker's turn): the core sends a
 * fixed number of characters either side, which may start or end in the middle of a word.
 */
function lead(before: string): string {
  const line = before.lastIndexOf('\n');
  if (line !== -1) return flatText(before.slice(line + 1));
  const text = flatText(before);
  return text.includes(' ') ? `…${text.slice(text.indexOf(' ') + 1)}` : '';
}

function tail(after: string): string {
  const line = after.indexOf('\n');
  if (line !== -1) return flatText(after.slice(0, line));
  const text = flatText(after);
  return text.includes(' ') ? `${text.slice(0, text.lastIndexOf(' '))}…` : '';
}

/**
 * An element's evidence: each linked coded passage in its context, with who said it (and
 * their stakeholder group), the document, code and coder; it opens in the transcript, takes
 * a C/M/O tag, links to further elements, unlinks, or is deleted (with a warning).
 */
export function EvidenceList({
  element,
  data,
  groupAttribute,
  onOpenPassage,
  onError,
}: {
  element: CmoElement;
  data: RealistData;
  groupAttribute: Attribute | null;
  onOpenPassage: (place: { documentId: number; start: number; end: number }) => void;
  onError: (e: Error) => void;
}) {
  const api = useApi();
  const evidence = useQuery('cmo.elements.evidence', { elementId: element.id }, REALIST_EVENTS);
  const { roles, setRole } = useCodingRoles(useMemo(() => (evidence.data ?? []).map((p) => p.documentId), [evidence.data]));
  const { deleteCoding, dialog } = useConfirmCodingDeletion(onError);
  const attributesOf = useMemo(() => new Map((data.participants ?? []).map((p) => [p.id, p.attributes])), [data.participants]);
  const groupOf = (participantId: number | undefined) => (groupAttribute && participantId !== undefined ? (attributesOf.get(participantId)?.[groupAttribute.id] ?? null) : null);
  const passages = useMemo(
    () =>
      [...(evidence.data ?? [])].sort(
        (a, b) =>
          (groupOf(a.participant?.id) ?? '~').localeCompare(groupOf(b.participant?.id) ?? '~') ||
          (a.participant?.name ?? '~').localeCompare(b.participant?.name ?? '~') ||
          a.documentTitle.localeCompare(b.documentTitle) ||
          a.start - b.start,
      ),
    // groupOf reads attributesOf and groupAttribute
    [evidence.data, attributesOf, groupAttribute],
  );

  if (!evidence.data) return <p className="muted">Loading the evidence…</p>;
  if (passages.length === 0) return <p className="muted evidence-empty">No passages linked yet. Gather them from the coded passages, or link one from the transcript.</p>;
  return (
    <>
      <ol className="evidence-list" aria-label={`Evidence for ${element.label}`}>
        {passages.map((p) => {
          const excerpt = flatText(p.text);
          return (
            <li key={p.codingId} className="evidence-item" data-coding-id={p.codingId}>
              <PassageMeta passage={p} group={groupOf(p.participant?.id)} />
              <blockquote className="evidence-text">
                {p.before && <span className="passage-context">{lead(p.before)} </span>}
                <mark>{excerpt}</mark>
                {p.after && <span className="passage-context"> {tail(p.after)}</span>}
              </blockquote>
              <div className="evidence-actions">
                <button type="button" className="small" onClick={() => onOpenPassage(p)}>
                  Show in transcript
                </button>
                <RoleTag role={roles.get(p.codingId)} passage={excerpt.slice(0, 40)} onChange={(role) => void setRole(p.codingId, role).catch(onError)} />
                <LinkEvidenceButton codingId={p.codingId} passage={excerpt.length > 120 ? `${excerpt.slice(0, 120)}…` : excerpt} />
                <span className="spacer" />
                <button type="button" className="small quiet" onClick={() => void api.call('cmo.elements.removeEvidence', { elementId: element.id, codingIds: [p.codingId] }).catch(onError)}>
                  Unlink
                </button>
                <button type="button" className="small quiet danger-text" onClick={() => void deleteCoding(p.codingId)}>
                  Delete coding…
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {dialog}
    </>
  );
}
