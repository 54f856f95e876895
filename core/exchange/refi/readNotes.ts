import { normaliseText } from '../../model/offsets';
import { decodeUtf8Part } from './decodeUtf8';
import { canonicalGuid } from './guid';
import type { ExchangeNote, Guid, NoteAttachment } from './model';
import type { ReadContext } from './readContext';
import { childrenNamed, childText, type XmlElement } from './xmlDocument';

/**
 * Memos. A REFI Note is a text source of its own: its text is inline (PlainTextContent) or in
 * a file (plainTextPath, as f4 writes it). What a memo is about is expressed by NoteRefs placed
 * inside the annotated objects, or — NVivo annotations, ATLAS.ti memo relations — by a Link
 * between the memo and the object; both become the memo's attachments.
 */
export async function readNotes(notesEl: XmlElement | undefined, ctx: ReadContext): Promise<ExchangeNote[]> {
  const out: ExchangeNote[] = [];
  const seen = new Set<Guid>();
  for (const el of notesEl ? childrenNamed(notesEl, 'Note') : []) {
    const guid = canonicalGuid(el.attrs.guid);
    const name = el.attrs.name;
    if (!guid || seen.has(guid)) {
      ctx.report.drop('memo', `it has ${guid ? 'the same identifier as another memo' : 'no valid identifier'}`, { name });
      continue;
    }
    seen.add(guid);
    const note: ExchangeNote = { guid, text: await readNoteText(el, guid, ctx), attachedTo: [], ...ctx.audit(el) };
    if (name) note.name = name;
    const description = childText(el, 'Description');
    if (description) note.description = normaliseText(description);
    const codedParts = childrenNamed(el, 'PlainTextSelection').length;
    if (codedParts) {
      ctx.report.drop('memo coding', `${codedParts} coded or annotated part(s) inside this memo were not carried over`, { guid, name });
    }
    out.push(note);
  }
  return out;
}

async function readNoteText(el: XmlElement, guid: Guid, ctx: ReadContext): Promise<string> {
  const inline = childText(el, 'PlainTextContent');
  const path = el.attrs.plainTextPath;
  if (path !== undefined && path.trim() !== '') {
    const file = await ctx.files.read(path);
    if (file.found) return normaliseText(decodeUtf8Part(file.bytes, ctx.fileName, file.part));
    if (inline === undefined) {
      ctx.report.adjust('memo', `it was kept without text: ${file.reason}`, { guid, name: el.attrs.name });
      return '';
    }
  }
  return normaliseText(inline ?? '');
}

/** Which kind of object a GUID names, among those a memo can be attached to. */
export type AttachableLookup = (guid: Guid) => NoteAttachment | undefined;

/** Attach each memo to the objects whose NoteRefs name it. */
export function attachNotes(notes: ExchangeNote[], ctx: ReadContext, stillThere: (t: NoteAttachment) => boolean): void {
  const byGuid = new Map(notes.map((n) => [n.guid, n]));
  for (const ref of ctx.noteRefs) {
    const note = byGuid.get(ref.noteGuid);
    if (!note) {
      ctx.report.drop('memo link', `${ref.where} refers to a memo that is not in the file`, { guid: ref.noteGuid });
      continue;
    }
    if (!stillThere(ref.target)) continue;
    addAttachment(note, ref.target);
  }
}

/**
 * Links: a link between a memo and something a memo can be attached to becomes an
 * attachment; other links (code–code relations and the like) are reported.
 */
export function readLinks(linksEl: XmlElement | undefined, notes: ExchangeNote[], ctx: ReadContext, attachable: AttachableLookup): void {
  const byGuid = new Map(notes.map((n) => [n.guid, n]));
  for (const el of linksEl ? childrenNamed(linksEl, 'Link') : []) {
    const origin = canonicalGuid(el.attrs.originGUID);
    const target = canonicalGuid(el.attrs.targetGUID);
    const what = { guid: canonicalGuid(el.attrs.guid), name: el.attrs.name };
    const note = (origin && byGuid.get(origin)) || (target && byGuid.get(target)) || undefined;
    const other = note ? (note.guid === origin ? target : origin) : undefined;
    const attachment = other ? attachable(other) : undefined;
    if (note && attachment) {
      addAttachment(note, attachment);
      ctx.report.adjust('link', `a link between memo "${note.name ?? note.guid}" and another object was carried over as the memo's attachment`, what);
      continue;
    }
    const gone = other && (ctx.droppedReason('selection', other) ?? ctx.droppedReason('source', other));
    const why = gone ? `it points at something not carried over (${gone})` : 'Coherence does not carry links (relations) between objects';
    ctx.report.drop('link', why, what);
  }
}

function addAttachment(note: ExchangeNote, target: NoteAttachment): void {
  const same = (a: NoteAttachment): boolean => a.kind === target.kind && (a.kind === 'project' || (target.kind !== 'project' && a.guid === target.guid));
  if (!note.attachedTo.some(same)) note.attachedTo.push(target);
}
