import type { Attribute } from '../../../core/model/participantTypes';
import type { Supporter } from '../../../core/model/realistTypes';

/** The participant attribute that names stakeholder groups ("stakeholder type"), if the project has one. */
export function stakeholderAttribute(attributes: readonly Attribute[]): Attribute | null {
  return attributes.find((a) => /stakeholder/i.test(a.name)) ?? attributes.find((a) => a.type === 'category') ?? null;
}

export interface SupporterGroup {
  /** The attribute's value ("client"), or "no group" when a participant has none. */
  group: string;
  names: string[];
}

export const NO_GROUP = 'no group';

/** Supporters grouped by an attribute's value, groups in the attribute's own order. */
export function groupSupporters(supporters: readonly Supporter[], attribute: Attribute | null): SupporterGroup[] {
  if (!attribute) return supporters.length ? [{ group: '', names: supporters.map((s) => s.name) }] : [];
  const groups = new Map<string, string[]>();
  for (const s of supporters) {
    const value = s.attributes[attribute.id] || NO_GROUP;
    groups.set(value, [...(groups.get(value) ?? []), s.name]);
  }
  const order = (g: string) => (g === NO_GROUP ? Number.MAX_SAFE_INTEGER : attribute.allowedValues.indexOf(g) === -1 ? attribute.allowedValues.length : attribute.allowedValues.indexOf(g));
  return [...groups]
    .map(([group, names]) => ({ group, names }))
    .sort((a, b) => order(a.group) - order(b.group) || a.group.localeCompare(b.group));
}

/** The values a grouping attribute takes among participants (for a "supported by" filter). */
export function groupValues(attribute: Attribute, participantValues: readonly Record<number, string>[]): string[] {
  const used = new Set(participantValues.map((v) => v[attribute.id]).filter((v): v is string => Boolean(v)));
  const ordered = attribute.allowedValues.filter((v) => used.has(v));
  return [...ordered, ...[...used].filter((v) => !ordered.includes(v)).sort()];
}
