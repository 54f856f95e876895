import { createHash } from 'node:crypto';

/**
 * RFC 4122 name-based (version 5, SHA-1) UUIDs: the same namespace and name always give the
 * same identifier. Coherence stores one coding where REFI-QDA has a selection carrying a
 * coding, so the selection's GUID is derived from the coding's: exporting twice gives the same
 * selection GUIDs, and other programs can match a re-import.
 */
export const SELECTION_NAMESPACE = '3c0b9a52-6f0e-4f1d-9d53-2a0f4c7e8b61';

export function nameBasedGuid(namespace: string, name: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new RangeError(`${namespace} is not a UUID`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUID of the REFI selection that carries this coding. */
export function selectionGuidFor(codingGuid: string): string {
  return nameBasedGuid(SELECTION_NAMESPACE, codingGuid.toLowerCase());
}
