import { normaliseText } from '../../model/offsets';
import { canonicalColour, parseXsdBoolean } from './formats';
import { canonicalGuid } from './guid';
import type { ExchangeCode, Guid } from './model';
import type { ReportCollector } from './reports';
import { childrenNamed, childText, type XmlElement } from './xmlDocument';

/**
 * The code tree of a project's CodeBook or a .qdc. Hierarchy is XML nesting, order is
 * document order. Parents keep their own isCodable (NVivo and MAXQDA let people code with a
 * parent), and duplicate names are legal (two "programming" codes at different levels).
 */
export interface CodeTree {
  codes: ExchangeCode[];
  byGuid: Map<Guid, ExchangeCode>;
}

export function readCodeTree(
  codesEl: XmlElement | undefined,
  report: ReportCollector,
  /** Called for each code kept, e.g. to collect its memo references. */
  onCode?: (el: XmlElement, code: ExchangeCode) => void,
): CodeTree {
  const byGuid = new Map<Guid, ExchangeCode>();
  const read = (parent: XmlElement): ExchangeCode[] => {
    const out: ExchangeCode[] = [];
    for (const el of childrenNamed(parent, 'Code')) {
      const code = readCode(el, byGuid, report);
      if (!code) continue;
      byGuid.set(code.guid, code);
      onCode?.(el, code);
      code.children = read(el);
      out.push(code);
    }
    return out;
  };
  const codes = codesEl ? read(codesEl) : [];
  return { codes, byGuid };
}

function readCode(el: XmlElement, seen: Map<Guid, ExchangeCode>, report: ReportCollector): ExchangeCode | undefined {
  const rawName = el.attrs.name;
  const guid = canonicalGuid(el.attrs.guid);
  if (!guid) {
    report.drop('code', 'it has no valid identifier (guid), so codings cannot refer to it; its sub-codes were left out too', { name: rawName });
    return undefined;
  }
  if (seen.has(guid)) {
    report.drop('code', 'another code in the file has the same identifier; this one and its sub-codes were left out', { guid, name: rawName });
    return undefined;
  }
  const code: ExchangeCode = { guid, name: rawName ?? '', isCodable: true, children: [] };
  if (rawName === undefined || rawName.trim() === '') {
    code.name = 'Unnamed code';
    report.adjust('code', 'it had no name; it was called "Unnamed code"', { guid });
  }
  const codable = parseXsdBoolean(el.attrs.isCodable);
  if (codable !== undefined) code.isCodable = codable;
  else report.adjust('code', 'it did not say whether it can be used for coding; it was made codable', { guid, name: code.name });
  if (el.attrs.color !== undefined) {
    const colour = canonicalColour(el.attrs.color);
    if (colour) code.color = colour;
    else report.adjust('code colour', `"${el.attrs.color}" is not a colour; the code has no colour`, { guid, name: code.name });
  }
  const description = childText(el, 'Description');
  if (description) code.description = normaliseText(description);
  return code;
}

export function countCodes(codes: ExchangeCode[]): number {
  return codes.reduce((n, c) => n + 1 + countCodes(c.children), 0);
}
