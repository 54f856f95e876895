import type { Attribute, Participant } from '../../../core/model/participantTypes';
import type { DocumentSummary } from '../../../core/model/types';
import { compareAttributeValues, compareText } from '../participants/attributeSort';

/** What the document list shows: documents matching every part of the filter, in this order. */
export interface DocumentFilter {
  /** Words found in the title, a participant's name or an attribute value. */
  text: string;
  coded: 'all' | 'coded' | 'uncoded';
  setId: number | null;
  participantId: number | null;
  /** A document attribute, or a participant attribute (a document matches if one of its participants does). */
  attribute: { id: number; value: string } | null;
  minWords: number | null;
  maxWords: number | null;
}

export type SortKey = 'title' | 'words' | 'codings' | 'participants' | 'imported' | number;

export interface DocumentSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export const noFilter: DocumentFilter = { text: '', coded: 'all', setId: null, participantId: null, attribute: null, minWords: null, maxWords: null };

export interface FilterContext {
  attributes: Attribute[];
  participants: Participant[];
}

function valueMatches(attribute: Attribute, value: string | undefined, wanted: string): boolean {
  if (value === undefined || value === '') return wanted === '';
  if (attribute.type === 'category' || attribute.type === 'date' || attribute.type === 'number') return value === wanted.trim();
  return value.toLowerCase().includes(wanted.trim().toLowerCase());
}

function matches(d: DocumentSummary, f: DocumentFilter, ctx: FilterContext, participantById: Map<number, Participant>): boolean {
  if (f.coded === 'coded' && d.codingCount === 0) return false;
  if (f.coded === 'uncoded' && d.codingCount > 0) return false;
  if (f.setId !== null && !d.setIds.includes(f.setId)) return false;
  if (f.participantId !== null && !d.participants.some((p) => p.id === f.participantId)) return false;
  if (f.minWords !== null && d.words < f.minWords) return false;
  if (f.maxWords !== null && d.words > f.maxWords) return false;
  if (f.attribute) {
    const attribute = ctx.attributes.find((a) => a.id === f.attribute!.id);
    if (attribute?.scope === 'document' && !valueMatches(attribute, d.attributes[attribute.id], f.attribute.value)) return false;
    if (attribute?.scope === 'participant') {
      const any = d.participants.some((p) => valueMatches(attribute, participantById.get(p.id)?.attributes[attribute.id], f.attribute!.value));
      if (!any) return false;
    }
  }
  const needle = f.text.trim().toLowerCase();
  if (needle) {
    const haystack = [d.title, d.originalName, ...d.participants.map((p) => p.name), ...Object.values(d.attributes)].join('\n').toLowerCase();
    if (!needle.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

function compare(a: DocumentSummary, b: DocumentSummary, sort: DocumentSort, ctx: FilterContext): number {
  const dir = sort.direction === 'asc' ? 1 : -1;
  if (typeof sort.key === 'number') {
    const attribute = ctx.attributes.find((x) => x.id === sort.key);
    if (attribute) return compareAttributeValues(attribute, a.attributes[attribute.id], b.attributes[attribute.id], dir);
    return 0;
  }
  switch (sort.key) {
    case 'words':
      return (a.words - b.words) * dir;
    case 'codings':
      return (a.codingCount - b.codingCount) * dir;
    case 'imported':
      return a.importedAt.localeCompare(b.importedAt) * dir || (a.id - b.id) * dir;
    case 'participants':
      return compareText(a.participants.map((p) => p.name).join(', ') || '\uffff', b.participants.map((p) => p.name).join(', ') || '\uffff') * dir;
    case 'title':
      return compareText(a.title, b.title) * dir;
  }
}

/** The documents to show, filtered and sorted (ties broken by title). */
export function visibleDocuments(documents: DocumentSummary[], filter: DocumentFilter, sort: DocumentSort, ctx: FilterContext): DocumentSummary[] {
  const participantById = new Map(ctx.participants.map((p) => [p.id, p]));
  return documents
    .filter((d) => matches(d, filter, ctx, participantById))
    .sort((a, b) => compare(a, b, sort, ctx) || compareText(a.title, b.title));
}

/** How many filters other than the text are on (for the Filters button). */
export function activeFilterCount(f: DocumentFilter): number {
  return [f.coded !== 'all', f.participantId !== null, f.attribute !== null, f.minWords !== null || f.maxWords !== null].filter(Boolean).length;
}
