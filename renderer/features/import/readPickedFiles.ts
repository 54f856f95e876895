import type { ImportSource } from '../../../core/model/types';
import { fileAsUpload, type UploadedFile } from '../../files/uploads';

/** Hidden files and system litter a chosen folder often holds (.DS_Store, Thumbs.db, ~$lock files). */
function isLitter(relativePath: string): boolean {
  const name = relativePath.split('/').pop() ?? relativePath;
  return name.startsWith('.') || name.startsWith('~$') || name.toLowerCase() === 'thumbs.db' || name.toLowerCase() === 'desktop.ini';
}

/**
 * Read the files the researcher picked (a folder's files carry their path inside it, so two
 * "notes.txt" in different sub-folders stay apart), in name order, skipping system litter.
 */
export async function readPickedFiles(list: FileList | File[], onProgress?: (done: number, total: number, name: string) => void): Promise<UploadedFile[]> {
  const files = [...list]
    .map((file) => ({ file, name: file.webkitRelativePath || file.name }))
    .filter((f) => !isLitter(f.name))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  const out: UploadedFile[] = [];
  for (const [i, f] of files.entries()) {
    onProgress?.(i, files.length, f.name);
    out.push(await fileAsUpload(f.file, f.name));
  }
  onProgress?.(files.length, files.length, '');
  return out;
}

/** The folder every file sits in ("study/" for study/a.txt and study/sub/b.txt), or '' if none. */
export function commonFolder(names: string[]): string {
  if (names.length === 0) return '';
  let prefix = names[0]!.slice(0, names[0]!.lastIndexOf('/') + 1);
  for (const name of names) {
    while (prefix && !name.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  }
  return prefix;
}

/** The label a file goes by in the preview and summary. */
export function sourceName(source: ImportSource): string {
  return 'path' in source ? source.path : source.name;
}
