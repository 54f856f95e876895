/**
 * Files out of the app: a Blob behind an <a download>. The desktop shell and web mode both save
 * it where the researcher's browser or system puts downloads.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
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

export const csvType = 'text/csv;charset=utf-8';
export const htmlType = 'text/html;charset=utf-8';
export const xmlType = 'application/xml;charset=utf-8';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Bytes the core sent as base64 (an .xlsx workbook, a .qdpx project). */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type }));
}

/** A file name without the characters file systems refuse. */
export const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'export';
