import { normaliseText } from '../../model/offsets';
import { decodeUtf8Part } from './decodeUtf8';
import { parseXsdInteger } from './formats';
import { canonicalGuid } from './guid';
import type { ExchangeCode, ExchangeCoding, ExchangeSelection, ExchangeSource, ExchangeVariable, Guid } from './model';
import { RawTextLayout } from './offsetProfiles';
import type { ReadContext } from './readContext';
import { readVariableValues } from './readVariables';
import { childNamed, childrenNamed, childText, type XmlElement } from './xmlDocument';

/**
 * The Sources of a project. Text sources are read with their raw text and raw positions;
 * positions are placed later, once the offset profile is known (placeSelections.ts). PDF,
 * picture, audio and video sources are reported and left out: Coherence codes text.
 */
export interface PendingSource {
  source: ExchangeSource;
  /** The text as decoded, before normalising: what the producer counted positions over. */
  layout: RawTextLayout;
  selections: PendingSelection[];
}

export interface PendingSelection {
  el: XmlElement;
  selection: ExchangeSelection;
  /** Positions as written in the file. */
  rawStart: number;
  rawEnd: number;
}

export interface SourceLookups {
  codes: Map<Guid, ExchangeCode>;
  variables: Map<Guid, ExchangeVariable>;
}

const NON_TEXT: Record<string, string> = {
  PDFSource: 'PDF document',
  PictureSource: 'picture',
  AudioSource: 'audio recording',
  VideoSource: 'video',
};

export async function readSources(sourcesEl: XmlElement | undefined, ctx: ReadContext, lookups: SourceLookups): Promise<PendingSource[]> {
  const out: PendingSource[] = [];
  const seen = { sources: new Set<Guid>(), selections: new Set<Guid>(), codings: new Set<Guid>() };
  let formatted = 0;
  for (const el of sourcesEl?.children ?? []) {
    if (el.name === 'TextSource') {
      const pending = await readTextSource(el, out.length + 1, ctx, lookups, seen);
      if (pending) out.push(pending);
      if (pending && el.attrs.richTextPath) formatted++;
    } else if (NON_TEXT[el.name]) {
      dropNonTextSource(el, NON_TEXT[el.name]!, ctx);
    } else {
      ctx.report.drop(el.name, 'it is not a kind of source the REFI-QDA standard defines', { name: el.attrs.name });
    }
  }
  if (formatted) {
    ctx.report.drop('formatted text', `${formatted} document(s) also came as a formatted Word file (richTextPath); their plain text was imported, without the formatting`);
  }
  return out;
}

type Seen = { sources: Set<Guid>; selections: Set<Guid>; codings: Set<Guid> };

async function readTextSource(el: XmlElement, ordinal: number, ctx: ReadContext, lookups: SourceLookups, seen: Seen): Promise<PendingSource | undefined> {
  const guid = canonicalGuid(el.attrs.guid);
  const label = el.attrs.name;
  if (!guid || seen.sources.has(guid)) {
    const why = guid ? 'another document in the file has the same identifier' : 'it has no valid identifier (guid)';
    ctx.report.drop('text document', `${why}; it and its codings were left out`, { name: label });
    return undefined;
  }
  seen.sources.add(guid);
  const raw = await readSourceText(el, guid, ctx);
  if (raw === undefined) {
    ctx.markDropped('source', guid, 'its document could not be read');
    markSelectionsDropped(el, ctx, 'its document could not be read');
    return undefined;
  }
  const name = label?.trim() ? label : deriveName(el, ordinal);
  if (name !== label) ctx.report.adjust('text document', `it had no name; it was called "${name}"`, { guid });
  const source: ExchangeSource = {
    guid,
    name,
    text: normaliseText(raw),
    selections: [],
    codings: readCodings(el, ctx, lookups, seen, `document "${name}"`),
    variableValues: readVariableValues(el, ctx, lookups.variables, `document "${name}"`),
    ...ctx.audit(el),
  };
  const description = childText(el, 'Description');
  if (description) source.description = normaliseText(description);
  ctx.collectNoteRefs(el, { kind: 'source', guid }, `document "${name}"`);
  const selections: PendingSelection[] = [];
  for (const selEl of childrenNamed(el, 'PlainTextSelection')) {
    const p = readSelection(selEl, name, ctx, lookups, seen);
    if (p) selections.push(p);
  }
  return { source, layout: new RawTextLayout(raw), selections };
}

/** The text as decoded: the plainTextPath file if it can be found, else PlainTextContent. */
async function readSourceText(el: XmlElement, guid: Guid, ctx: ReadContext): Promise<string | undefined> {
  const path = el.attrs.plainTextPath;
  const inline = childText(el, 'PlainTextContent');
  const what = { guid, name: el.attrs.name };
  if (path !== undefined && path.trim() !== '') {
    const file = await ctx.files.read(path);
    if (file.found) {
      if (file.note) ctx.report.adjust('text document', file.note, what);
      return decodeUtf8Part(file.bytes, ctx.fileName, file.part);
    }
    if (inline !== undefined) {
      ctx.report.adjust('text document', `${file.reason}; the text written inside the project file was used`, what);
      return inline;
    }
    ctx.report.drop('text document', `its text could not be read: ${file.reason}`, what);
    return undefined;
  }
  if (inline !== undefined) return inline;
  const reason = el.attrs.richTextPath
    ? 'it has only a Word version (richTextPath) and no plain text, which positions refer to'
    : 'it has no text (neither plainTextPath nor PlainTextContent)';
  ctx.report.drop('text document', reason, what);
  return undefined;
}

function deriveName(el: XmlElement, ordinal: number): string {
  const path = el.attrs.plainTextPath ?? el.attrs.richTextPath ?? '';
  const base = path.replace(/^[a-z]+:\/\//i, '').split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  return stem || `Document ${ordinal}`;
}

function readSelection(el: XmlElement, sourceName: string, ctx: ReadContext, lookups: SourceLookups, seen: Seen): PendingSelection | undefined {
  const guid = canonicalGuid(el.attrs.guid);
  const what = { guid, name: el.attrs.name };
  if (!guid || seen.selections.has(guid)) {
    const why = guid ? 'another selection in the file has the same identifier' : 'it has no valid identifier (guid)';
    ctx.report.drop('coded segment', `${why} (in "${sourceName}"); it and its codings were left out`, what);
    return undefined;
  }
  seen.selections.add(guid);
  const rawStart = parseXsdInteger(el.attrs.startPosition);
  const rawEnd = parseXsdInteger(el.attrs.endPosition);
  if (rawStart === undefined || rawEnd === undefined) {
    ctx.report.drop('coded segment', `its start or end position in "${sourceName}" is not a whole number`, what);
    ctx.markDropped('selection', guid, 'its positions were not numbers');
    return undefined;
  }
  const selection: ExchangeSelection = {
    guid,
    start: rawStart,
    end: rawEnd,
    codings: readCodings(el, ctx, lookups, seen, `a segment of "${sourceName}"`),
    ...ctx.audit(el),
  };
  if (el.attrs.name) selection.name = el.attrs.name;
  const description = childText(el, 'Description');
  if (description) selection.description = normaliseText(description);
  return { el, selection, rawStart, rawEnd };
}

/** The Coding children of a selection or source; codings of unknown codes are reported. */
function readCodings(el: XmlElement, ctx: ReadContext, lookups: SourceLookups, seen: Seen, where: string): ExchangeCoding[] {
  const out: ExchangeCoding[] = [];
  for (const c of childrenNamed(el, 'Coding')) {
    const guid = canonicalGuid(c.attrs.guid);
    const codeGuid = canonicalGuid(childNamed(c, 'CodeRef')?.attrs.targetGUID);
    if (!guid || seen.codings.has(guid)) {
      ctx.report.drop('coding', `a coding on ${where} has ${guid ? 'the same identifier as another' : 'no valid identifier'}`, { guid });
      continue;
    }
    if (!codeGuid || !lookups.codes.has(codeGuid)) {
      ctx.report.drop('coding', `a coding on ${where} refers to a code that is not in the codebook`, { guid });
      continue;
    }
    seen.codings.add(guid);
    const coding: ExchangeCoding = { guid, codeGuid };
    const user = ctx.user(c.attrs.creatingUser);
    const date = ctx.date(c.attrs.creationDateTime);
    if (user) coding.creatingUser = user;
    if (date) coding.creationDateTime = date;
    ctx.collectNoteRefs(c, { kind: 'coding', guid }, `a coding on ${where}`);
    out.push(coding);
  }
  return out;
}

/** Count the codings anywhere inside an element. */
function countCodings(el: XmlElement): number {
  return el.children.reduce((n, c) => n + (c.name === 'Coding' ? 1 : countCodings(c)), 0);
}

function dropNonTextSource(el: XmlElement, label: string, ctx: ReadContext): void {
  const guid = canonicalGuid(el.attrs.guid);
  const codings = countCodings(el);
  const reason = `Coherence imports text documents only${codings ? `; its ${codings} coding(s) were not carried over` : ''}`;
  ctx.report.drop(label, reason, { guid, name: el.attrs.name });
  ctx.markDropped('source', guid, `it is a ${label}, which Coherence does not import`);
  markSelectionsDropped(el, ctx, `it belongs to a ${label}, which Coherence does not import`);
}

function markSelectionsDropped(el: XmlElement, ctx: ReadContext, why: string): void {
  for (const c of el.children) {
    if (c.name.endsWith('Selection')) ctx.markDropped('selection', canonicalGuid(c.attrs.guid), why);
    markSelectionsDropped(c, ctx, why);
  }
}
