/** Hand a file the core wrote to the browser as a download (a Blob behind an <a download>). */
export function downloadFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
