import { normaliseText } from '../../model/offsets';
import { canonicalGuid } from './guid';
import type { ExchangeSet, Guid } from './model';
import { summariseReasons, type ReportCollector } from './reports';
import { childrenNamed, childText, type XmlElement } from './xmlDocument';

/**
 * Sets group codes, documents and memos (MAXQDA document groups, ATLAS.ti code groups and
 * "gender: male" pseudo-attributes). Members that were not carried over are reported per set.
 */
export interface SetLookups {
  hasCode: (g: Guid) => boolean;
  hasSource: (g: Guid) => boolean;
  hasNote: (g: Guid) => boolean;
  /** Why an object of this kind was left out, if it was. */
  droppedReason: (kind: string, g: Guid) => string | undefined;
}

export function readSets(setsEl: XmlElement | undefined, report: ReportCollector, lookups: SetLookups): ExchangeSet[] {
  const out: ExchangeSet[] = [];
  const seen = new Set<Guid>();
  for (const el of setsEl ? childrenNamed(setsEl, 'Set') : []) {
    const guid = canonicalGuid(el.attrs.guid);
    const name = el.attrs.name ?? '';
    if (!guid || seen.has(guid)) {
      report.drop('set', `it has ${guid ? 'the same identifier as another set' : 'no valid identifier'}`, { name });
      continue;
    }
    seen.add(guid);
    const missing: string[] = [];
    const members = (elName: string, kind: string, has: (g: Guid) => boolean): Guid[] => {
      const found: Guid[] = [];
      for (const m of childrenNamed(el, elName)) {
        // Codebook sets name the member in `guid`, project sets in `targetGUID`.
        const g = canonicalGuid(m.attrs.targetGUID ?? m.attrs.guid);
        if (g && has(g)) {
          if (!found.includes(g)) found.push(g);
        } else missing.push(g ? (lookups.droppedReason(kind, g) ?? `a ${kind} not in the file`) : 'an invalid reference');
      }
      return found;
    };
    const set: ExchangeSet = {
      guid,
      name,
      codeGuids: members('MemberCode', 'code', lookups.hasCode),
      sourceGuids: members('MemberSource', 'source', lookups.hasSource),
      noteGuids: members('MemberNote', 'note', lookups.hasNote),
    };
    const description = childText(el, 'Description');
    if (description) set.description = normaliseText(description);
    if (missing.length) report.drop('set member', `${missing.length} member(s) of set "${name}" were not carried over: ${summariseReasons(missing)}`, { guid, name });
    out.push(set);
  }
  return out;
}
