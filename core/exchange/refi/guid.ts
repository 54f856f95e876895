import type { Guid } from './model';

/**
 * REFI GUIDs come in any case, with or without {braces}, and need not be RFC 4122 UUIDs
 * (NVivo and qc write hex-encoded ASCII that only matches the pattern). The model keeps one
 * canonical spelling so that lookups and re-imports match: lower case, no braces.
 */
const GUID_PATTERN = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/** The canonical form, or undefined when the value is not a GUID at all. */
export function canonicalGuid(raw: string | undefined): Guid | undefined {
  if (raw === undefined) return undefined;
  const m = GUID_PATTERN.exec(raw.trim());
  if (!m) return undefined;
  // Half a brace pair ("{abc…" without "}") is not a GUID.
  const t = raw.trim();
  if (t.startsWith('{') !== t.endsWith('}')) return undefined;
  return m[1]!.toLowerCase();
}

