import { CodePointMap, normaliseText } from '../../model/offsets';
import { ExportChecks } from './exportChecks';
import { canonicalGuid } from './guid';
import type {
  ExchangeCase,
  ExchangeCodebook,
  ExchangeCoding,
  ExchangeNote,
  ExchangeProject,
  ExchangeSelection,
  ExchangeSet,
  ExchangeSource,
  ExchangeVariable,
  Guid,
  NoteAttachment,
} from './model';
import type { ExportReport } from './reports';

/**
 * The clean copy of a project or codebook that the XML writers serialise, with the report of
 * what the checks changed or left out (see ExportChecks). The order follows the references:
 * users and codes first, then what refers to them.
 */
export function prepareProjectExport(project: ExchangeProject): { project: ExchangeProject; report: ExportReport } {
  const checks = new ExportChecks(project.reportOnExport);
  const users = project.users.map((u) => ({ ...u, guid: checks.addUser(u.guid, u.name), name: checks.text(u.name), id: checks.text(u.id) }));
  const codes = checks.codes(project.codes);
  const variables: ExchangeVariable[] = project.variables.map((v) => ({
    ...v,
    guid: checks.guid('variable', v.guid, v.name),
    name: checks.text(v.name),
    description: checks.text(v.description),
  }));
  const variablesByGuid = new Map(variables.map((v) => [v.guid, v]));
  const sources = project.sources.map((s) => prepareSource(s, checks, variablesByGuid));
  const notes = project.notes.map((n) => prepareNote(n, checks));
  // Every object a memo can be attached to is checked in by now.
  notes.forEach((n, i) => (n.attachedTo = attachments(n, project.notes[i]!.attachedTo, checks)));
  const cases = project.cases.map((c) => prepareCase(c, checks, variablesByGuid));
  const sets = project.sets.map((s) => prepareSet(s, checks));
  const clean: ExchangeProject = {
    name: checks.text(project.name),
    users,
    codes,
    variables,
    cases,
    sources,
    notes,
    sets,
    ...checks.audit(project),
  };
  if (project.description) clean.description = checks.text(normaliseText(project.description));
  return { project: clean, report: checks.finish() };
}

export function prepareCodebookExport(codebook: ExchangeCodebook): { codebook: ExchangeCodebook; report: ExportReport } {
  const checks = new ExportChecks(codebook.reportOnExport);
  const codes = checks.codes(codebook.codes);
  const sets = codebook.sets.map((s) => {
    const out = {
      guid: checks.guid('set', s.guid, s.name),
      name: checks.text(s.name),
      codeGuids: checks.references(s.codeGuids, 'code', `set "${s.name}"`),
    };
    return s.description ? { ...out, description: checks.text(s.description) } : out;
  });
  return { codebook: { codes, sets }, report: checks.finish() };
}

function prepareSource(s: ExchangeSource, checks: ExportChecks, variables: Map<Guid, ExchangeVariable>): ExchangeSource {
  const guid = checks.guid('source', s.guid, s.name);
  const where = `document "${s.name}"`;
  const { text, remap } = normaliseWithPositions(s.text);
  if (text !== s.text) checks.report.adjust('text document', 'its text had CR line ends or a byte-order mark; they were normalised', { guid, name: s.name });
  const map = new CodePointMap(text);
  const selections: ExchangeSelection[] = [];
  let widened = 0;
  for (const sel of s.selections) {
    const range = checks.range(remap(sel.start), remap(sel.end), text, map);
    if (!range) {
      checks.report.drop('coded segment', `its range ${sel.start}–${sel.end} is not inside the text of ${where}`, { guid: sel.guid });
      continue;
    }
    const selGuid = checks.guid('selection', sel.guid, undefined);
    if (range.widened) widened++;
    const out: ExchangeSelection = {
      guid: selGuid,
      start: range.start,
      end: range.end,
      codings: sel.codings.map((c) => checks.coding(c, where)).filter((c): c is ExchangeCoding => c !== undefined),
      ...checks.audit(sel),
    };
    if (sel.name) out.name = checks.text(sel.name);
    if (sel.description) out.description = checks.text(normaliseText(sel.description));
    selections.push(out);
  }
  if (widened) checks.report.adjust('coded segment', `${widened} segment(s) of ${where} split an emoji; they were widened to the whole character`, { guid });
  const out: ExchangeSource = {
    guid,
    name: checks.text(s.name),
    text,
    selections,
    codings: s.codings.map((c) => checks.coding(c, where)).filter((c): c is ExchangeCoding => c !== undefined),
    variableValues: checks.variableValues(s.variableValues, variables, where),
    ...checks.audit(s),
  };
  if (s.description) out.description = checks.text(normaliseText(s.description));
  return out;
}

/** Normalised text and a map from positions in the given text to positions in it. */
function normaliseWithPositions(raw: string): { text: string; remap: (u: number) => number } {
  const text = normaliseText(raw);
  if (text === raw) return { text, remap: (u) => u };
  // Normalising drops a leading BOM and the CR of each CRLF; a lone CR becomes LF in place.
  const removed: number[] = [];
  if (raw.charCodeAt(0) === 0xfeff) removed.push(0);
  for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) if (raw.charCodeAt(i + 1) === 0x0a) removed.push(i);
  const remap = (u: number): number => {
    let lo = 0;
    let hi = removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (removed[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return u - lo;
  };
  return { text, remap };
}

function prepareNote(n: ExchangeNote, checks: ExportChecks): ExchangeNote {
  const out: ExchangeNote = {
    guid: checks.guid('note', n.guid, n.name),
    text: checks.text(normaliseText(n.text)),
    attachedTo: [],
    ...checks.audit(n),
  };
  if (n.name) out.name = checks.text(n.name);
  if (n.description) out.description = checks.text(normaliseText(n.description));
  return out;
}

function attachments(note: ExchangeNote, given: NoteAttachment[], checks: ExportChecks): NoteAttachment[] {
  const out: NoteAttachment[] = [];
  let missing = 0;
  for (const a of given) {
    if (a.kind === 'project') {
      if (!out.some((x) => x.kind === 'project')) out.push({ kind: 'project' });
    } else if (checks.has(a.kind, a.guid)) {
      const guid = canonicalGuid(a.guid)!;
      if (!out.some((x) => x.kind === a.kind && x.guid === guid)) out.push({ kind: a.kind, guid });
    } else missing++;
  }
  if (missing) {
    checks.report.drop('memo attachment', `${missing} attachment(s) of memo "${note.name ?? note.guid}" point at nothing in the project; the memo was written without them`, {
      guid: note.guid,
      name: note.name,
    });
  }
  return out;
}

function prepareCase(c: ExchangeCase, checks: ExportChecks, variables: Map<Guid, ExchangeVariable>): ExchangeCase {
  const guid = checks.guid('case', c.guid, c.name);
  const owner = c.name ? `case "${c.name}"` : 'an unnamed case';
  const out: ExchangeCase = {
    guid,
    codeGuids: checks.references(c.codeGuids, 'code', owner),
    variableValues: checks.variableValues(c.variableValues, variables, owner),
    sourceGuids: checks.references(c.sourceGuids, 'source', owner),
    selectionGuids: checks.references(c.selectionGuids, 'selection', owner),
  };
  if (c.name) out.name = checks.text(c.name);
  if (c.description) out.description = checks.text(normaliseText(c.description));
  return out;
}

function prepareSet(s: ExchangeSet, checks: ExportChecks): ExchangeSet {
  const owner = `set "${s.name}"`;
  const out: ExchangeSet = {
    guid: checks.guid('set', s.guid, s.name),
    name: checks.text(s.name),
    codeGuids: checks.references(s.codeGuids, 'code', owner),
    sourceGuids: checks.references(s.sourceGuids, 'source', owner),
    noteGuids: checks.references(s.noteGuids, 'note', owner),
  };
  if (s.description) out.description = checks.text(normaliseText(s.description));
  return out;
}
