import type { ImportSource } from '../../../core/model/types';
import { readPickedFiles } from '../import/readPickedFiles';

/** The one file the researcher picked, as the API takes it ({ name, base64 }). */
export async function pickedFile(files: FileList | null): Promise<ImportSource | null> {
  const [file] = await readPickedFiles(files ? [...files].slice(0, 1) : []);
  return file ?? null;
}
