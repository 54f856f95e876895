import { normaliseText } from '../../model/offsets';
import { canonicalGuid } from './guid';
import type { ExchangeCase, ExchangeCode, ExchangeSelection, ExchangeSource, ExchangeVariable, Guid } from './model';
import type { ReadContext } from './readContext';
import { summariseReasons } from './reports';
import { readVariableValues } from './readVariables';
import { childrenNamed, childText, type XmlElement } from './xmlDocument';

/**
 * Cases: participants, sites, and whatever else a study groups data by. A case holds whole
 * documents (SourceRef) and parts of documents (SelectionRef), and attribute values.
 */
export interface CaseLookups {
  codes: Map<Guid, ExchangeCode>;
  variables: Map<Guid, ExchangeVariable>;
  sources: Map<Guid, ExchangeSource>;
  selections: Map<Guid, ExchangeSelection>;
}

export function readCases(casesEl: XmlElement | undefined, ctx: ReadContext, lookups: CaseLookups): ExchangeCase[] {
  const out: ExchangeCase[] = [];
  const seen = new Set<Guid>();
  for (const el of casesEl ? childrenNamed(casesEl, 'Case') : []) {
    const guid = canonicalGuid(el.attrs.guid);
    const name = el.attrs.name;
    if (!guid || seen.has(guid)) {
      ctx.report.drop('case', `it has ${guid ? 'the same identifier as another case' : 'no valid identifier'}`, { name });
      continue;
    }
    seen.add(guid);
    const where = name ? `case "${name}"` : 'an unnamed case';
    const missing: string[] = [];
    const refs = (elName: string, kind: string, has: (g: Guid) => boolean): Guid[] => {
      const found: Guid[] = [];
      for (const ref of childrenNamed(el, elName)) {
        const g = canonicalGuid(ref.attrs.targetGUID);
        if (g && has(g)) {
          if (!found.includes(g)) found.push(g);
        } else missing.push(g ? (ctx.droppedReason(kind, g) ?? `a ${kind} not in the file`) : 'an invalid reference');
      }
      return found;
    };
    const c: ExchangeCase = {
      guid,
      codeGuids: refs('CodeRef', 'code', (g) => lookups.codes.has(g)),
      variableValues: readVariableValues(el, ctx, lookups.variables, where),
      sourceGuids: refs('SourceRef', 'source', (g) => lookups.sources.has(g)),
      selectionGuids: refs('SelectionRef', 'selection', (g) => lookups.selections.has(g)),
    };
    if (name) c.name = name;
    const description = childText(el, 'Description');
    if (description) c.description = normaliseText(description);
    if (missing.length) {
      ctx.report.drop('case member', `${missing.length} member(s) of ${where} were not carried over: ${summariseReasons(missing)}`, { guid, name });
    }
    out.push(c);
  }
  return out;
}

