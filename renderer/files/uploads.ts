import type { ImportSource } from '../../core/model/types';

/** A file the browser handed over, ready to send to the core: its name and its bytes. */
export type UploadedFile = Extract<ImportSource, { base64: string }>;

/** A picked file as the API takes it ({ name, base64 }); `name` defaults to the file's own. */
export async function fileAsUpload(file: File, name = file.name): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // String.fromCharCode takes its arguments on the stack: a chunk at a time.
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return { name, base64: btoa(binary) };
}
