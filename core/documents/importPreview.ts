import { readDocument } from '../import';
import { AppError } from '../model/errors';
import type { ImportOptionsArg, ImportPreviewFile } from '../model/importTypes';
import type { ImportSource } from '../model/types';
import type { Session } from '../session';
import { findDocumentByHash, sha256 } from './addDocument';
import { speakerModeFor } from './importDocuments';
import { expandSources, loadImportSource } from './importSource';
import { countWords } from './wordCount';

const EXCERPT = 400;

/** What importing these files would do, without doing it: the preview the researcher checks first. */
export async function previewImport(session: Session, sources: ImportSource[], options: ImportOptionsArg): Promise<ImportPreviewFile[]> {
  const project = session.hasProject ? session.project : null;
  const out: ImportPreviewFile[] = [];
  for (const file of expandSources(sources)) {
    try {
      const bytes = loadImportSource(file);
      const duplicate = project ? findDocumentByHash(project, sha256(bytes)) : undefined;
      const parsed = await readDocument(file.name, bytes, { turns: speakerModeFor(file, options) });
      const preview = parsed.turnPreview;
      out.push({
        file: file.name,
        status: duplicate ? 'duplicate' : 'ready',
        format: parsed.format,
        bytes: bytes.length,
        characters: parsed.text.length,
        words: countWords(parsed.text),
        excerpt: parsed.text.slice(0, EXCERPT),
        convention: preview.conventionLabel,
        speakers: preview.speakers.map((s) => ({ name: s.name, turnCount: s.turnCount, firstLine: s.firstLine })),
        turnCount: preview.turnCount,
        warnings: [...parsed.warnings, ...preview.notes],
        ...(duplicate ? { reason: `already imported as "${duplicate.title}"`, duplicateOf: { documentId: duplicate.id, title: duplicate.title } } : {}),
      });
    } catch (e) {
      out.push({ file: file.name, status: 'failed', reason: e instanceof AppError ? e.message : String(e) });
    }
  }
  return out;
}
