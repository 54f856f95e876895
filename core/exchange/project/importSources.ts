import type { ProjectFile } from '../../../db/projectFile';
import { createCoding } from '../../coding/codingQueries';
import { addDocument, documentFromText } from '../../documents/addDocument';
import { detectTurns } from '../../import';
import { isAppError } from '../../model/errors';
import { countSpeakers, recordDocumentSpeakers, speakerDecisions } from '../../participants/speakerQueries';
import type { ExchangeCoding, ExchangeSelection, ExchangeSource, Guid } from '../refi/model';
import type { ReportCollector } from '../refi/reports';
import { adoptDates, adoptGuid } from './adoptIdentity';
import type { AttributeMapping } from './importAttributes';
import type { CoderMapping } from './importCoders';

/**
 * Text sources into documents, with their codings. The model's text is already normalised
 * (LF, no BOM) and its positions are UTF-16 units into it, as Coherence stores them. Speaker
 * turns are found in the text as in any import. Each REFI coding becomes one Coherence coding
 * by its creating user; a whole-document coding covers the whole text.
 */
export interface ImportedDocument {
  id: number;
  title: string;
  text: string;
}

/** Where each selection landed, for the memos attached to it. */
export interface PlacedSelection {
  documentId: number;
  /** The document's text, to quote the passage. */
  documentText: string;
  selection: ExchangeSelection;
  /** The Coherence codings made from its REFI codings, in order. */
  codingIds: number[];
}

export interface ImportedSources {
  documents: Map<Guid, ImportedDocument>;
  selections: Map<Guid, PlacedSelection>;
  codings: Map<Guid, number>;
}

export function importSources(
  file: ProjectFile,
  sources: ExchangeSource[],
  context: { codes: Map<Guid, number>; coders: CoderMapping; attributes: AttributeMapping },
  report: ReportCollector,
): ImportedSources {
  const out: ImportedSources = { documents: new Map(), selections: new Map(), codings: new Map() };
  const decisions = speakerDecisions(file);
  let wholeDocument = 0;
  let duplicates = 0;
  for (const source of sources) {
    const detection = detectTurns(source.text, 'auto');
    const doc = addDocument(file, {
      ...documentFromText({
        title: source.name,
        text: source.text,
        format: 'txt',
        originalName: `${source.name}.txt`,
        originalBytes: Buffer.from(source.text, 'utf8'),
        turns: detection.turns,
      }),
      timeMarksJson: JSON.stringify(detection.timeMarks),
      turnConvention: detection.convention,
    });
    recordDocumentSpeakers(file, doc.id, countSpeakers(detection.turns), decisions);
    adoptGuid(file, 'documents', doc.id, source.guid);
    if (doc.title !== source.name.trim()) report.adjust('text document', `another document has the same name; this one is called "${doc.title}"`, { guid: source.guid, name: source.name });
    out.documents.set(source.guid, { id: doc.id, title: doc.title, text: source.text });
    context.attributes.setValues('document', doc.id, source.variableValues, report, `document "${doc.title}"`);

    const seen = new Set<string>();
    const code = (start: number, end: number, coding: ExchangeCoding, fallbackUser?: Guid): number | undefined => {
      const codeId = context.codes.get(coding.codeGuid);
      if (codeId === undefined) {
        report.drop('coding', `its code is not in the codebook`, { guid: coding.guid, name: doc.title });
        return undefined;
      }
      const coderId = context.coders.coderFor(coding.creatingUser ?? fallbackUser);
      const key = `${codeId}:${coderId}:${start}:${end}`;
      if (seen.has(key)) {
        duplicates++;
        return undefined;
      }
      seen.add(key);
      try {
        const made = createCoding(file, { documentId: doc.id, codeId, coderId, start, end });
        adoptGuid(file, 'codings', made.id, coding.guid);
        adoptDates(file, 'codings', made.id, coding.creationDateTime);
        out.codings.set(coding.guid, made.id);
        return made.id;
      } catch (e) {
        if (!isAppError(e)) throw e;
        report.drop('coding', `${e.message}`, { guid: coding.guid, name: doc.title });
        return undefined;
      }
    };

    for (const selection of source.selections) {
      const placed: PlacedSelection = { documentId: doc.id, documentText: source.text, selection, codingIds: [] };
      out.selections.set(selection.guid, placed);
      if (selection.end <= selection.start) {
        if (selection.codings.length) report.drop('coding', `its selection in "${doc.title}" is empty (${selection.start}–${selection.end}); Coherence codes at least one character`, { guid: selection.guid });
        continue;
      }
      for (const coding of selection.codings) {
        const id = code(selection.start, selection.end, coding, selection.creatingUser);
        if (id !== undefined) placed.codingIds.push(id);
      }
    }
    for (const coding of source.codings) {
      if (source.text.length === 0) {
        report.drop('coding', `it codes the whole of "${doc.title}", which has no text`, { guid: coding.guid });
        continue;
      }
      if (code(0, source.text.length, coding, source.creatingUser) !== undefined) wholeDocument++;
    }
  }
  if (wholeDocument) report.adjust('coding', `${wholeDocument} coding(s) of whole documents became codings of their whole text`);
  if (duplicates) report.adjust('coding', `${duplicates} coding(s) repeated another (same code, coder and passage) and were stored once`);
  return out;
}
