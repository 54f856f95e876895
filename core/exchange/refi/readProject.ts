import { AppError } from '../../model/errors';
import { isZipSignature, openZipArchive, type ZipArchive, type ZipEntryInfo } from '../../files/zipArchive';
import { defaultRefiLimits, type RefiLimits } from './limits';
import type { ExchangeProject } from './model';
import type { OffsetProfileId } from './offsetProfiles';
import { projectFromXml } from './projectFromXml';
import { ReadContext } from './readContext';
import type { ImportReport } from './reports';
import { archiveSourceFiles, bareXmlSourceFiles, checkEntryBudget } from './sourceFiles';
import { parseXmlPart } from './xmlDocument';

/**
 * Reading a REFI-QDA project export: a .qdpx archive (project XML + sources folder) or a bare
 * .qde project XML. Either the whole project comes back with its report, or an AppError
 * does; nothing is returned half-read.
 */
export interface ReadProjectOptions {
  /** Read positions with this profile instead of detecting it (the researcher's override). */
  offsetProfile?: OffsetProfileId;
  /**
   * Follow `absolute://` paths to files on this computer (REFI's external sources). On by
   * default, as the standard intends; relative and internal paths never leave the archive.
   */
  readAbsolutePaths?: boolean;
  limits?: Partial<RefiLimits>;
}

export async function readQdpx(
  fileName: string,
  bytes: Uint8Array,
  options: ReadProjectOptions = {},
): Promise<{ project: ExchangeProject; report: ImportReport }> {
  const limits = { ...defaultRefiLimits, ...options.limits };
  const sourceOptions = { fileName, limits, readAbsolutePaths: options.readAbsolutePaths ?? true };
  if (isZipSignature(bytes)) {
    const archive = await openZipArchive(bytes, fileName, limits.zip);
    try {
      const xmlEntry = findProjectXml(archive, fileName);
      checkEntryBudget(xmlEntry, fileName, limits, limits.maxXmlBytes);
      const doc = parseXmlPart(await archive.read(xmlEntry.name), fileName, xmlEntry.name);
      const root = xmlEntry.name.slice(0, xmlEntry.name.lastIndexOf('/') + 1);
      const ctx = new ReadContext(fileName, archiveSourceFiles(archive, root, sourceOptions));
      return await projectFromXml(doc, ctx, options.offsetProfile);
    } finally {
      archive.close();
    }
  }
  if (!looksLikeXml(bytes)) {
    throw new AppError('unsupported-format', `${fileName} is not a REFI-QDA project export (.qdpx or .qde): it is neither a zip archive nor XML.`);
  }
  if (bytes.length > limits.maxXmlBytes) {
    throw new AppError('file-too-large', `${fileName} is larger than Coherence reads for a project file.`);
  }
  const doc = parseXmlPart(bytes, fileName, fileName);
  return projectFromXml(doc, new ReadContext(fileName, bareXmlSourceFiles(sourceOptions)), options.offsetProfile);
}

/** Starts with '<' after an optional BOM and blanks (or is UTF-16 with a BOM). */
export function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

/**
 * The project XML: the standard says "project.qde", but ATLAS.ti names it after the project
 * and some archives are re-zipped inside a folder. Take the shallowest *.qde; refuse a tie.
 */
function findProjectXml(archive: ZipArchive, fileName: string): ZipEntryInfo {
  const candidates = archive.entries.filter((e) => {
    const base = e.name.slice(e.name.lastIndexOf('/') + 1);
    return /\.qde$/i.test(base) && !base.startsWith('._') && !e.name.startsWith('__MACOSX/');
  });
  if (candidates.length === 0) {
    throw new AppError('unsupported-format', `${fileName} is not a REFI-QDA project export: it has no project.qde inside.`);
  }
  const depth = (e: ZipEntryInfo): number => e.name.split('/').length;
  const shallowest = Math.min(...candidates.map(depth));
  const top = candidates.filter((e) => depth(e) === shallowest);
  if (top.length === 1) return top[0]!;
  const standard = top.filter((e) => /(^|\/)project\.qde$/i.test(e.name));
  if (standard.length === 1) return standard[0]!;
  throw new AppError(
    'bad-file',
    `${fileName} holds several project files (${top.map((e) => e.name).join(', ')}); Coherence cannot tell which one to import.`,
  );
}
