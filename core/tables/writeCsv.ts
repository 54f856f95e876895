import { stringify } from 'csv-stringify/sync';

/**
 * CSV as spreadsheets and R read it: RFC 4180 quoting, UTF-8, CRLF line ends; optionally a
 * byte-order mark so Excel opens non-ASCII text correctly.
 */
export function writeCsv(header: string[], rows: (string | number | null)[][], options: { excelBom?: boolean } = {}): string {
  const body = stringify([header, ...rows.map((r) => r.map((v) => (v === null ? '' : v)))], { record_delimiter: '\r\n', quoted_match: /^[\s=+\-@]/ });
  return options.excelBom ? `\ufeff${body}` : body;
}
