/**
 * The simple value formats of the REFI schemas (xsd:dateTime, xsd:date, RGBType, xsd:boolean,
 * xsd:integer, xsd:decimal): checked on the way in, produced exactly on the way out.
 */

const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/;

export const isDateTime = (s: string): boolean => DATE_TIME.test(s);
export const isDate = (s: string): boolean => DATE.test(s);

/** '#rrggbb' (lower case) from '#RGB' or '#RRGGBB' in any case; undefined otherwise. */
export function canonicalColour(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const t = raw.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(t)) return t;
  if (/^#[0-9a-f]{3}$/.test(t)) return `#${t[1]}${t[1]}${t[2]}${t[2]}${t[3]}${t[3]}`;
  return undefined;
}

/** xsd:boolean: true, false, 1, 0 (surrounding blanks allowed). */
export function parseXsdBoolean(raw: string | undefined): boolean | undefined {
  const t = raw?.trim();
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0') return false;
  return undefined;
}

/** An xsd:integer that fits a JavaScript number exactly. */
export function parseXsdInteger(raw: string | undefined): number | undefined {
  const t = raw?.trim();
  if (t === undefined || !/^[+-]?\d+$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** An xsd:decimal (no exponent) or a plain JavaScript-style number. */
export function parseXsdDecimal(raw: string | undefined): number | undefined {
  const t = raw?.trim();
  if (t === undefined || !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** A number as xsd:decimal text: never in exponent form ("1e-7" is not a decimal). */
export function formatXsdDecimal(n: number): string {
  const plain = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(plain);
  if (!m) return plain;
  // Move the decimal point of the shortest round-trip digits by the exponent.
  const [, sign, whole, fraction = '', exponent] = m;
  const digits = whole! + fraction;
  const point = whole!.length + Number(exponent);
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + body;
}
