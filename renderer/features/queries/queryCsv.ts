/**
 * A result table as CSV when the core has no export for exactly that question (a coder filter,
 * a set of documents, coding by coder): RFC 4180 as the core writes it (core/tables/writeCsv.ts)
 * — CRLF line ends, fields quoted when they hold a comma, quote or line break, or begin with a
 * character a spreadsheet would read as a formula. csv-stringify's browser build drags Node
 * types into the renderer, and writing is this small.
 */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]|^[\s=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number)[][], excelBom = false): string {
  const body = [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
  return excelBom ? `\ufeff${body}` : body;
}
