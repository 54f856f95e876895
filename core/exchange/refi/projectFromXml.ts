import { AppError } from '../../model/errors';
import { normaliseText } from '../../model/offsets';
import { foldCaseCodes, foldDocumentCases } from './caseConventions';
import { canonicalGuid } from './guid';
import type { ExchangeProject, ExchangeUser, Guid, NoteAttachment } from './model';
import type { OffsetProfileId } from './offsetProfiles';
import { placeSelections } from './placeSelections';
import { readCases } from './readCases';
import { countCodes, readCodeTree } from './readCodes';
import type { ReadContext } from './readContext';
import { attachNotes, readLinks, readNotes } from './readNotes';
import { readSets } from './readSets';
import { readSources } from './readSources';
import { readVariables } from './readVariables';
import type { ImportReport } from './reports';
import { childNamed, childrenNamed, childText, type XmlElement, type XmlDocument } from './xmlDocument';

/**
 * A parsed project XML (project.qde) to the exchange model, in the order references need:
 * users, codes, attributes, memos, documents (and their positions), cases, links, sets.
 */
export async function projectFromXml(
  doc: XmlDocument,
  ctx: ReadContext,
  offsetProfile?: OffsetProfileId,
): Promise<{ project: ExchangeProject; report: ImportReport }> {
  const root = checkRoot(doc, ctx.fileName);
  const origin = root.attrs.origin?.trim() || undefined;
  const users = readUsers(childNamed(root, 'Users'), ctx);
  const codeBook = childNamed(root, 'CodeBook');
  const codeTree = readCodeTree(codeBook && childNamed(codeBook, 'Codes'), ctx.report, (el, code) =>
    ctx.collectNoteRefs(el, { kind: 'code', guid: code.guid }, `code "${code.name}"`),
  );
  const variables = readVariables(childNamed(root, 'Variables'), ctx.report);
  const variablesByGuid = new Map(variables.map((v) => [v.guid, v]));
  const notes = await readNotes(childNamed(root, 'Notes'), ctx);
  const pending = await readSources(childNamed(root, 'Sources'), ctx, { codes: codeTree.byGuid, variables: variablesByGuid });
  const { sources, offsets } = placeSelections(pending, origin, ctx, offsetProfile);

  const project: ExchangeProject = {
    name: root.attrs.name?.trim() ? root.attrs.name : projectNameFrom(ctx.fileName),
    users,
    codes: codeTree.codes,
    variables,
    cases: [],
    sources,
    notes,
    sets: [],
    ...ctx.audit(root, 'GUID'),
  };
  if (origin) project.origin = origin;
  const description = childText(root, 'Description');
  if (description) project.description = normaliseText(description);
  ctx.collectNoteRefs(root, { kind: 'project' }, 'the project');

  const sourcesByGuid = new Map(sources.map((s) => [s.guid, s]));
  const selections = new Map(sources.flatMap((s) => s.selections.map((x) => [x.guid, x] as const)));
  project.cases = readCases(childNamed(root, 'Cases'), ctx, { codes: codeTree.byGuid, variables: variablesByGuid, sources: sourcesByGuid, selections });
  foldCaseCodes(project, ctx.report);
  foldDocumentCases(project, ctx.report);

  const codings = new Set(sources.flatMap((s) => [...s.codings, ...s.selections.flatMap((x) => x.codings)].map((c) => c.guid)));
  const codeGuids = new Set<Guid>();
  collectCodeGuids(project.codes, codeGuids);
  const attachable = (g: Guid): NoteAttachment | undefined => {
    if (selections.has(g)) return { kind: 'selection', guid: g };
    if (codeGuids.has(g)) return { kind: 'code', guid: g };
    if (sourcesByGuid.has(g)) return { kind: 'source', guid: g };
    if (codings.has(g)) return { kind: 'coding', guid: g };
    return undefined;
  };
  readLinks(childNamed(root, 'Links'), notes, ctx, attachable);
  attachNotes(notes, ctx, (t) => t.kind === 'project' || attachable(t.guid)?.kind === t.kind);

  const noteGuids = new Set(notes.map((n) => n.guid));
  project.sets = readSets(childNamed(root, 'Sets'), ctx.report, {
    hasCode: (g) => codeGuids.has(g),
    hasSource: (g) => sourcesByGuid.has(g),
    hasNote: (g) => noteGuids.has(g),
    droppedReason: (kind, g) => ctx.droppedReason(kind, g),
  });
  const graphs = childNamed(root, 'Graphs');
  for (const graph of graphs ? childrenNamed(graphs, 'Graph') : []) {
    const items = graph.children.length;
    ctx.report.drop('graph', `Coherence does not carry network diagrams; its ${items} item(s) were left out`, {
      guid: canonicalGuid(graph.attrs.guid),
      name: graph.attrs.name,
    });
  }
  ctx.finish();

  const report: ImportReport = {
    fileName: ctx.fileName,
    offsets,
    counts: {
      users: users.length,
      codes: countCodes(project.codes),
      variables: variables.length,
      cases: project.cases.length,
      sources: sources.length,
      selections: selections.size,
      codings: sources.reduce((n, s) => n + s.codings.length + s.selections.reduce((m, x) => m + x.codings.length, 0), 0),
      notes: notes.length,
      sets: project.sets.length,
    },
    notCarried: ctx.report.notCarried,
    adjusted: ctx.report.adjusted,
  };
  if (origin) report.origin = origin;
  return { project, report };
}

function checkRoot(doc: XmlDocument, fileName: string): XmlElement {
  const { root, namespace } = doc;
  if (namespace !== undefined && !/^urn:QDA-XML:/i.test(namespace)) {
    throw new AppError('unsupported-format', `${fileName} is not a REFI-QDA project: its XML belongs to ${namespace}.`);
  }
  if (root.name === 'CodeBook') {
    throw new AppError('unsupported-format', `${fileName} is a REFI-QDA codebook (.qdc), not a project; import it as a codebook.`);
  }
  if (root.name !== 'Project') {
    throw new AppError('unsupported-format', `${fileName} is not a REFI-QDA project: its main element is <${root.name}>, not <Project>.`);
  }
  return root;
}

function readUsers(usersEl: XmlElement | undefined, ctx: ReadContext): ExchangeUser[] {
  const out: ExchangeUser[] = [];
  for (const el of usersEl ? childrenNamed(usersEl, 'User') : []) {
    const guid = canonicalGuid(el.attrs.guid);
    if (!guid || ctx.userGuids.has(guid)) {
      ctx.report.drop('coder', `it has ${guid ? 'the same identifier as another user' : 'no valid identifier'}`, { name: el.attrs.name });
      continue;
    }
    ctx.userGuids.add(guid);
    const user: ExchangeUser = { guid };
    if (el.attrs.name) user.name = el.attrs.name;
    if (el.attrs.id) user.id = el.attrs.id;
    out.push(user);
  }
  return out;
}

function collectCodeGuids(codes: ExchangeProject['codes'], into: Set<Guid>): void {
  for (const c of codes) {
    into.add(c.guid);
    collectCodeGuids(c.children, into);
  }
}

/** "Study 2024.qdpx" → "Study 2024" */
function projectNameFrom(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(qdpx|qde|qdc)$/i, '') || 'Imported project';
}
