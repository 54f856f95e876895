import type { ImportSource } from '../../../core/model/types';

/**
 * Files in and out of the browser: a picked file travels to the core as { name, base64 }, and an
 * export comes back as a download (a Blob behind an <a download>), in the desktop app as in a
 * browser.
 */
export async function fileAsUpload(file: File): Promise<Extract<ImportSource, { base64: string }>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return { name: file.name, base64: btoa(binary) };
}

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  download(fileName, new Blob([bytes], { type }));
}

export function downloadText(fileName: string, text: string, type: string): void {
  download(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** "Pilot study.qdpx" → "Pilot study.coherence", for the new project's file. */
export function projectFileName(fileName: string): string {
  return `${fileName.replace(/\.(qdpx|qde|zip)$/i, '') || 'Imported project'}.coherence`;
}
