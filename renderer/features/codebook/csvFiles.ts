import type { CsvExport } from '../../../core/model/codingTypes';
import type { ImportSource } from '../../../core/model/types';
import { readPickedFiles } from '../import/readPickedFiles';

/** Hand a CSV export to the browser as a download (a Blob behind an <a download>). */
export function downloadCsv({ fileName, csv }: CsvExport): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by the time this runs.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The one file the researcher picked, as the API takes it ({ name, base64 }). */
export async function pickedFile(files: FileList | null): Promise<ImportSource | null> {
  const [file] = await readPickedFiles(files ? [...files].slice(0, 1) : []);
  return file ?? null;
}
