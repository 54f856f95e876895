import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../model/errors';
import type { ZipArchive, ZipEntryInfo } from '../../files/zipArchive';
import type { RefiLimits } from './limits';

/**
 * Finds the files a project XML points at (`plainTextPath`, a memo's text) and reads them.
 *
 * Paths come in many spellings (refi-qda.md §2.2, §5.2–5.4): `internal://<guid>.txt` under
 * `sources/` or `Sources/`, upper-case GUID file names, bare names (`board_2017.txt`),
 * `relative:///…` and `absolute:///C:/…` external files. Everything that is not absolute is
 * looked up among the archive's entries only — never on disk — so no path in a file can
 * reach outside the archive. Absolute paths are the standard's way to point at the
 * researcher's own files; they are read only when the caller allows it.
 */
export type ResolvedFile =
  | { found: true; bytes: Uint8Array; part: string; note?: string }
  | { found: false; reason: string };

export interface SourceFiles {
  read(path: string): Promise<ResolvedFile>;
}

export interface SourceFileOptions {
  fileName: string;
  limits: RefiLimits;
  readAbsolutePaths: boolean;
}

/** Files inside a .qdpx archive whose project XML sits at `root` ('' or 'Folder/'). */
export function archiveSourceFiles(archive: ZipArchive, root: string, options: SourceFileOptions): SourceFiles {
  const byPath = new Map<string, ZipEntryInfo>();
  const inSources = new Map<string, ZipEntryInfo>();
  const rootLower = root.toLowerCase();
  for (const e of archive.entries) {
    const lower = e.name.toLowerCase();
    if (!lower.startsWith(rootLower)) continue;
    const rel = lower.slice(rootLower.length);
    byPath.set(rel, e);
    const m = /^sources\/([^/]+)$/.exec(rel);
    if (m) inSources.set(m[1]!, e);
  }
  const readEntry = async (entry: ZipEntryInfo, note?: string): Promise<ResolvedFile> => {
    checkEntryBudget(entry, options.fileName, options.limits, options.limits.maxTextBytes);
    const bytes = await archive.read(entry.name);
    return note === undefined ? { found: true, bytes, part: entry.name } : { found: true, bytes, part: entry.name, note };
  };
  const lookInside = (path: string): ZipEntryInfo | undefined => {
    const rel = normaliseInside(path);
    if (rel === undefined) return undefined;
    return byPath.get(rel) ?? byPath.get(`sources/${rel}`) ?? inSources.get(rel.slice(rel.lastIndexOf('/') + 1));
  };

  return {
    async read(path) {
      const ref = parsePath(path);
      if (ref.scheme === 'absolute') return readAbsolute(ref.path, options);
      const entry = lookInside(ref.path);
      if (ref.scheme === 'internal') {
        return entry ? readEntry(entry) : { found: false, reason: `the archive has no file ${ref.path} in its sources folder` };
      }
      if (ref.scheme === 'relative') {
        return entry
          ? readEntry(entry, `its path ${path} points outside the archive, but a file of that name was found inside it`)
          : { found: false, reason: `its file (${path}) was outside the exported archive; only files inside the archive are read` };
      }
      return entry
        ? readEntry(entry, `its path "${path}" is not an internal:// path; the file of that name inside the archive was used`)
        : { found: false, reason: `the archive has no file "${path}"` };
    },
  };
}

/** A bare .qde or .qdc has no archive around it: only absolute paths can be followed. */
export function bareXmlSourceFiles(options: SourceFileOptions): SourceFiles {
  return {
    async read(path) {
      const ref = parsePath(path);
      if (ref.scheme === 'absolute') return readAbsolute(ref.path, options);
      return { found: false, reason: `${path} is not included, because a bare .qde file carries no source files (import the .qdpx export instead)` };
    },
  };
}

export function checkEntryBudget(entry: ZipEntryInfo, fileName: string, limits: RefiLimits, maxBytes: number): void {
  if (entry.declaredSize > maxBytes) {
    throw new AppError(
      'file-too-large',
      `${fileName}: the part "${entry.name}" is ${megabytes(entry.declaredSize)}, more than Coherence reads from an exchange file (${megabytes(maxBytes)}).`,
    );
  }
  const ratio = entry.declaredSize / Math.max(1, entry.compressedSize);
  if (entry.declaredSize >= limits.ratioCheckFromBytes && ratio > limits.maxCompressionRatio) {
    throw new AppError(
      'unsafe-file',
      `${fileName}: the part "${entry.name}" unpacks to ${Math.round(ratio)} times its packed size (a "zip bomb"); the file was refused.`,
    );
  }
}

type PathRef = { scheme: 'internal' | 'relative' | 'absolute' | 'bare'; path: string };

function parsePath(raw: string): PathRef {
  const t = raw.trim();
  const m = /^(internal|relative|absolute):\/\/(.*)$/i.exec(t);
  if (!m) return { scheme: 'bare', path: t };
  const scheme = m[1]!.toLowerCase() as 'internal' | 'relative' | 'absolute';
  let rest = m[2]!;
  if (scheme === 'absolute') {
    // absolute:///C:/x → C:/x ; absolute:///Users/x → /Users/x
    if (/^\/[a-zA-Z]:[\\/]/.test(rest)) rest = rest.slice(1);
    else if (!rest.startsWith('/')) rest = `/${rest}`;
    return { scheme, path: safeDecode(rest) };
  }
  return { scheme, path: safeDecode(rest.replace(/^\/+/, '')) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A path inside the archive, lower case, with `.` and `..` resolved; undefined if it climbs out. */
function normaliseInside(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg.toLowerCase());
  }
  return out.length ? out.join('/') : undefined;
}

async function readAbsolute(path: string, options: SourceFileOptions): Promise<ResolvedFile> {
  if (!options.readAbsolutePaths) {
    return { found: false, reason: `its text is in a file outside the archive (${path}), and reading such files was turned off` };
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) return { found: false, reason: `${path} is not a file` };
    if (info.size > options.limits.maxTextBytes) {
      return { found: false, reason: `${path} is ${megabytes(info.size)}, more than Coherence reads for one document` };
    }
    const bytes = await readFile(path);
    return { found: true, bytes, part: path, note: `its text was read from ${path}, outside the archive` };
  } catch {
    return { found: false, reason: `its file ${path} was not found on this computer` };
  }
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
