import { appVersion } from '../../appVersion';
import { CodePointMap } from '../../model/offsets';
import type {
  ExchangeCase,
  ExchangeCode,
  ExchangeCoding,
  ExchangeNote,
  ExchangeProject,
  ExchangeSelection,
  ExchangeSet,
  ExchangeSource,
  ExchangeVariable,
  ExchangeVariableValue,
  Guid,
} from './model';
import { formatVariableValue } from './variableValues';
import { attrs, buildXmlDocument, type XmlNode } from './xmlWriter';

/**
 * A checked project (prepareProjectExport) as project.qde: Project.xsd's elements in its
 * sequence order, empty containers left out (each needs at least one child), positions in
 * code points over the written .txt, every text source at internal://<guid>.txt.
 */
export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const ORIGIN = `Coherence ${appVersion}`;

export function sourceFileName(source: ExchangeSource): string {
  return `${source.guid}.txt`;
}

export function projectToXml(project: ExchangeProject): string {
  const notesOn = noteIndex(project.notes);
  const variables = new Map(project.variables.map((v) => [v.guid, v]));
  const root: XmlNode = attrs({
    xmlns: PROJECT_NAMESPACE,
    name: project.name,
    origin: ORIGIN,
    creatingUserGUID: project.creatingUser,
    creationDateTime: project.creationDateTime,
    modifyingUserGUID: project.modifyingUser,
    modifiedDateTime: project.modifiedDateTime,
  });
  if (project.users.length) root.Users = { User: project.users.map((u) => attrs({ guid: u.guid, name: u.name, id: u.id })) };
  if (project.codes.length) root.CodeBook = { Codes: { Code: project.codes.map((c) => codeNode(c, notesOn)) } };
  if (project.variables.length) root.Variables = { Variable: project.variables.map(variableNode) };
  if (project.cases.length) root.Cases = { Case: project.cases.map((c) => caseNode(c, variables)) };
  if (project.sources.length) root.Sources = { TextSource: project.sources.map((s) => sourceNode(s, notesOn, variables)) };
  if (project.notes.length) root.Notes = { Note: project.notes.map(noteNode) };
  if (project.sets.length) root.Sets = { Set: project.sets.map(setNode) };
  if (project.description) root.Description = project.description;
  addNoteRefs(root, notesOn.get('project'));
  return buildXmlDocument('Project', root);
}

/** Memo GUIDs by what they are attached to: 'project', or `${kind}:${guid}`. */
function noteIndex(notes: ExchangeNote[]): Map<string, Guid[]> {
  const index = new Map<string, Guid[]>();
  for (const n of notes) {
    for (const a of n.attachedTo) {
      const key = a.kind === 'project' ? 'project' : `${a.kind}:${a.guid}`;
      const list = index.get(key) ?? [];
      list.push(n.guid);
      index.set(key, list);
    }
  }
  return index;
}

function addNoteRefs(node: XmlNode, noteGuids: Guid[] | undefined): void {
  if (noteGuids?.length) node.NoteRef = noteGuids.map((g) => attrs({ targetGUID: g }));
}

function codeNode(c: ExchangeCode, notesOn: Map<string, Guid[]>): XmlNode {
  const node = attrs({ guid: c.guid, name: c.name, isCodable: c.isCodable, color: c.color });
  if (c.description) node.Description = c.description;
  addNoteRefs(node, notesOn.get(`code:${c.guid}`));
  if (c.children.length) node.Code = c.children.map((child) => codeNode(child, notesOn));
  return node;
}

function variableNode(v: ExchangeVariable): XmlNode {
  const node = attrs({ guid: v.guid, name: v.name, typeOfVariable: v.type });
  if (v.description) node.Description = v.description;
  return node;
}

function valueNodes(values: ExchangeVariableValue[], variables: Map<Guid, ExchangeVariable>): XmlNode[] {
  return values.map((v) => {
    const node: XmlNode = { VariableRef: attrs({ targetGUID: v.variableGuid }) };
    const formatted = formatVariableValue(variables.get(v.variableGuid)!.type, v.value);
    if (formatted) node[formatted.element] = formatted.text;
    return node;
  });
}

function caseNode(c: ExchangeCase, variables: Map<Guid, ExchangeVariable>): XmlNode {
  const node = attrs({ guid: c.guid, name: c.name });
  if (c.description) node.Description = c.description;
  if (c.codeGuids.length) node.CodeRef = c.codeGuids.map((g) => attrs({ targetGUID: g }));
  if (c.variableValues.length) node.VariableValue = valueNodes(c.variableValues, variables);
  if (c.sourceGuids.length) node.SourceRef = c.sourceGuids.map((g) => attrs({ targetGUID: g }));
  if (c.selectionGuids.length) node.SelectionRef = c.selectionGuids.map((g) => attrs({ targetGUID: g }));
  return node;
}

function sourceNode(s: ExchangeSource, notesOn: Map<string, Guid[]>, variables: Map<Guid, ExchangeVariable>): XmlNode {
  const node = attrs({
    guid: s.guid,
    name: s.name,
    plainTextPath: `internal://${sourceFileName(s)}`,
    creatingUser: s.creatingUser,
    creationDateTime: s.creationDateTime,
    modifyingUser: s.modifyingUser,
    modifiedDateTime: s.modifiedDateTime,
  });
  if (s.description) node.Description = s.description;
  if (s.selections.length) {
    const map = new CodePointMap(s.text);
    node.PlainTextSelection = s.selections.map((sel) => selectionNode(sel, map, notesOn));
  }
  if (s.codings.length) node.Coding = s.codings.map((c) => codingNode(c, notesOn));
  addNoteRefs(node, notesOn.get(`source:${s.guid}`));
  if (s.variableValues.length) node.VariableValue = valueNodes(s.variableValues, variables);
  return node;
}

function selectionNode(sel: ExchangeSelection, map: CodePointMap, notesOn: Map<string, Guid[]>): XmlNode {
  const node = attrs({
    guid: sel.guid,
    name: sel.name,
    startPosition: map.toCodePoint(sel.start),
    endPosition: map.toCodePoint(sel.end),
    creatingUser: sel.creatingUser,
    creationDateTime: sel.creationDateTime,
    modifyingUser: sel.modifyingUser,
    modifiedDateTime: sel.modifiedDateTime,
  });
  if (sel.description) node.Description = sel.description;
  if (sel.codings.length) node.Coding = sel.codings.map((c) => codingNode(c, notesOn));
  addNoteRefs(node, notesOn.get(`selection:${sel.guid}`));
  return node;
}

function codingNode(c: ExchangeCoding, notesOn: Map<string, Guid[]>): XmlNode {
  const node = attrs({ guid: c.guid, creatingUser: c.creatingUser, creationDateTime: c.creationDateTime });
  node.CodeRef = attrs({ targetGUID: c.codeGuid });
  addNoteRefs(node, notesOn.get(`coding:${c.guid}`));
  return node;
}

function noteNode(n: ExchangeNote): XmlNode {
  const node = attrs({
    guid: n.guid,
    name: n.name,
    creatingUser: n.creatingUser,
    creationDateTime: n.creationDateTime,
    modifyingUser: n.modifyingUser,
    modifiedDateTime: n.modifiedDateTime,
  });
  if (n.description) node.Description = n.description;
  node.PlainTextContent = n.text;
  return node;
}

function setNode(s: ExchangeSet): XmlNode {
  const node = attrs({ guid: s.guid, name: s.name });
  if (s.description) node.Description = s.description;
  if (s.codeGuids.length) node.MemberCode = s.codeGuids.map((g) => attrs({ targetGUID: g }));
  if (s.sourceGuids.length) node.MemberSource = s.sourceGuids.map((g) => attrs({ targetGUID: g }));
  if (s.noteGuids.length) node.MemberNote = s.noteGuids.map((g) => attrs({ targetGUID: g }));
  return node;
}
