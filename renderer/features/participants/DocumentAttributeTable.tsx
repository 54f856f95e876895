import { useMemo, useState } from 'react';
import type { Attribute, Participant, SpeakerLabel } from '../../../core/model/participantTypes';
import type { DocumentSummary } from '../../../core/model/types';
import { useApi } from '../../api/ApiContext';
import { InlineText } from '../../components/InlineText';
import { SortHeader, type SortDirection } from '../../components/SortHeader';
import { AttributeHeader } from './AttributeHeader';
import { AttributeValueInput } from './AttributeValueInput';
import { compareAttributeValues, compareText } from './attributeSort';
import { LinkParticipantsDialog } from './LinkParticipantsDialog';

type SortKey = 'title' | 'participants' | 'words' | 'codings' | number;

/** Which participants speak in which document under a mapped label. */
function speakingParticipants(speakers: SpeakerLabel[]): Map<number, Set<number>> {
  const byDocument = new Map<number, Set<number>>();
  for (const s of speakers) {
    for (const d of s.documents) {
      if (d.participantId === null) continue;
      const set = byDocument.get(d.documentId) ?? new Set<number>();
      set.add(d.participantId);
      byDocument.set(d.documentId, set);
    }
  }
  return byDocument;
}

/** Documents as rows with their participants and document attributes, editable in place. */
export function DocumentAttributeTable({
  documents,
  attributes,
  participants,
  speakers,
  filter,
  onError,
}: {
  documents: DocumentSummary[];
  attributes: Attribute[];
  participants: Participant[];
  speakers: SpeakerLabel[];
  filter: string;
  onError: (e: Error) => void;
}) {
  const api = useApi();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'title', direction: 'asc' });
  const [linking, setLinking] = useState<DocumentSummary | null>(null);
  const viaSpeakers = useMemo(() => speakingParticipants(speakers), [speakers]);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' }));
  const run = (work: Promise<unknown>) => void work.catch((e: unknown) => onError(e as Error));

  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const visible = needle
      ? documents.filter(
          (d) =>
            d.title.toLowerCase().includes(needle) ||
            d.participants.some((p) => p.name.toLowerCase().includes(needle)) ||
            Object.values(d.attributes).some((v) => v.toLowerCase().includes(needle)),
        )
      : documents;
    const dir = sort.direction === 'asc' ? 1 : -1;
    const attribute = typeof sort.key === 'number' ? attributes.find((a) => a.id === sort.key) : undefined;
    return [...visible].sort((a, b) => {
      if (attribute) return compareAttributeValues(attribute, a.attributes[attribute.id], b.attributes[attribute.id], dir) || compareText(a.title, b.title);
      if (sort.key === 'participants') return (a.participants.length - b.participants.length) * dir || compareText(a.title, b.title);
      if (sort.key === 'words') return (a.words - b.words) * dir;
      if (sort.key === 'codings') return (a.codingCount - b.codingCount) * dir || compareText(a.title, b.title);
      return compareText(a.title, b.title) * dir;
    });
  }, [documents, attributes, filter, sort]);

  return (
    <div className="table-wrap sheet-table">
      <table className="data-table grid-table" aria-label="Documents and their attributes">
        <thead>
          <tr>
            <SortHeader label="Title" active={sort.key === 'title'} direction={sort.direction} onSort={() => sortBy('title')} className="name-column" />
            <SortHeader label="Participants" active={sort.key === 'participants'} direction={sort.direction} onSort={() => sortBy('participants')} />
            {attributes.map((a) => (
              <AttributeHeader
                key={a.id}
                attribute={a}
                filledCount={documents.filter((d) => d.attributes[a.id]).length}
                active={sort.key === a.id}
                direction={sort.direction}
                onSort={() => sortBy(a.id)}
                onError={onError}
              />
            ))}
            <SortHeader label="Words" active={sort.key === 'words'} direction={sort.direction} onSort={() => sortBy('words')} className="num" />
            <SortHeader label="Codings" active={sort.key === 'codings'} direction={sort.direction} onSort={() => sortBy('codings')} className="num" />
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id} data-document={d.title}>
              <td className="name-column">
                <InlineText label={`Title of ${d.title}`} value={d.title} required onCommit={(title) => title && run(api.call('documents.rename', { documentId: d.id, title }))} />
              </td>
              <td className="participants-cell">
                <button type="button" className="cell-button" aria-label={`Participants in ${d.title}`} onClick={() => setLinking(d)}>
                  {d.participants.length === 0 ? <span className="muted">Add…</span> : d.participants.map((p) => p.name).join(', ')}
                </button>
              </td>
              {attributes.map((a) => (
                <td key={a.id} className={`attribute-cell type-${a.type}`}>
                  <AttributeValueInput
                    attribute={a}
                    label={`${a.name} of ${d.title}`}
                    value={d.attributes[a.id]}
                    onCommit={(value) => run(api.call('documents.setAttribute', { documentId: d.id, attributeId: a.id, value }))}
                  />
                </td>
              ))}
              <td className="num">{d.words.toLocaleString()}</td>
              <td className="num">{d.codingCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted empty">{documents.length === 0 ? 'No documents yet.' : 'No document matches the filter.'}</p>}
      {linking && (
        <LinkParticipantsDialog
          document={linking}
          participants={participants}
          viaSpeakers={viaSpeakers.get(linking.id) ?? new Set()}
          onClose={() => setLinking(null)}
        />
      )}
    </div>
  );
}
