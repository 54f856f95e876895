/**
 * How Coherence writes counts and lists in sentences, on screen and in reports alike. Pure and
 * browser-safe, so the renderer and the core say "3 codings in 2 documents" the same way.
 */

const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 12345 → "12,345" */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "1 coding", "3 codings"; irregular nouns give their plural ("2 framework matrices"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "EW, JC and SO" */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
