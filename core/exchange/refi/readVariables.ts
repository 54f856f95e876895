import { normaliseText } from '../../model/offsets';
import { isDate, isDateTime, parseXsdBoolean, parseXsdDecimal, parseXsdInteger } from './formats';
import { canonicalGuid } from './guid';
import type { ExchangeVariable, ExchangeVariableValue, Guid, VariableType } from './model';
import type { ReadContext } from './readContext';
import type { ReportCollector } from './reports';
import { childNamed, childrenNamed, childText, type XmlElement } from './xmlDocument';

/**
 * Variables are REFI's attributes ("Age group", "Site"): declared once, with values on cases
 * (participants) and on sources (documents). Values keep their declared type.
 */
const TYPES: readonly VariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

export function readVariables(variablesEl: XmlElement | undefined, report: ReportCollector): ExchangeVariable[] {
  const out: ExchangeVariable[] = [];
  const seen = new Set<Guid>();
  for (const el of variablesEl ? childrenNamed(variablesEl, 'Variable') : []) {
    const guid = canonicalGuid(el.attrs.guid);
    const name = el.attrs.name ?? '';
    if (!guid || seen.has(guid)) {
      report.drop('attribute', `it has ${guid ? 'the same identifier as another attribute' : 'no valid identifier'}; its values were left out`, { name });
      continue;
    }
    seen.add(guid);
    let type = TYPES.find((t) => t === el.attrs.typeOfVariable?.trim());
    if (!type) {
      type = 'Text';
      report.adjust('attribute', `its type "${el.attrs.typeOfVariable ?? ''}" is not one REFI-QDA defines; it was read as text`, { guid, name });
    }
    const variable: ExchangeVariable = { guid, name, type };
    const description = childText(el, 'Description');
    if (description) variable.description = normaliseText(description);
    out.push(variable);
  }
  return out;
}

/** The VariableValue children of a case or source. */
export function readVariableValues(
  owner: XmlElement,
  ctx: ReadContext,
  variables: Map<Guid, ExchangeVariable>,
  where: string,
): ExchangeVariableValue[] {
  const out: ExchangeVariableValue[] = [];
  for (const el of childrenNamed(owner, 'VariableValue')) {
    const variableGuid = canonicalGuid(childNamed(el, 'VariableRef')?.attrs.targetGUID);
    const variable = variableGuid ? variables.get(variableGuid) : undefined;
    if (!variableGuid || !variable) {
      ctx.report.drop('attribute value', `a value on ${where} belongs to no attribute declared in the file`);
      continue;
    }
    out.push({ variableGuid, value: readValue(el, variable, ctx, where) });
  }
  return out;
}

function readValue(el: XmlElement, variable: ExchangeVariable, ctx: ReadContext, where: string): string | number | boolean | null {
  const valueEl = el.children.find((c) => c.name !== 'VariableRef');
  if (!valueEl) return null;
  const raw = valueEl.text;
  const keepAsText = (): string => {
    ctx.report.adjust('attribute value', `"${raw}" (${variable.name} on ${where}) is not a valid ${valueEl.name}; it was kept as text`, {
      guid: variable.guid,
      name: variable.name,
    });
    return raw;
  };
  switch (valueEl.name) {
    case 'TextValue':
      return normaliseText(raw);
    case 'BooleanValue':
      return parseXsdBoolean(raw) ?? keepAsText();
    case 'IntegerValue':
      return parseXsdInteger(raw) ?? keepAsText();
    case 'FloatValue':
      return parseXsdDecimal(raw) ?? keepAsText();
    case 'DateValue':
      return isDate(raw.trim()) ? raw.trim() : keepAsText();
    case 'DateTimeValue':
      return isDateTime(raw.trim()) ? raw.trim() : keepAsText();
    default:
      return keepAsText();
  }
}
