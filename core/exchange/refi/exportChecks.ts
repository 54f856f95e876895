import { AppError } from '../../model/errors';
import { CodePointMap } from '../../model/offsets';
import { canonicalColour, isDateTime } from './formats';
import { canonicalGuid } from './guid';
import type {
  Audit,
  ExchangeCode,
  ExchangeCoding,
  ExchangeVariable,
  ExchangeVariableValue,
  Guid,
  ReportEntry,
} from './model';
import { ReportCollector, type ExportReport } from './reports';
import { formatVariableValue } from './variableValues';
import { hasNonXmlCharacters, xmlSafe } from './xmlWriter';

/**
 * The writer's gatekeeper. Before anything is written, the model is checked and a clean copy
 * made: GUIDs canonical and unique per kind (a broken identifier is a bug in the caller, so it
 * throws), references that point nowhere dropped, positions inside the text, colours and
 * dates in the schema's formats, characters XML cannot hold replaced. Everything changed or
 * left out goes into the export report, so writing never silently loses data.
 */
export class ExportChecks {
  readonly report = new ReportCollector();
  private readonly registries = new Map<string, Set<Guid>>();
  private readonly users = new Set<Guid>();
  private unknownUsers = 0;
  private badDates = 0;
  private badCharacters = 0;

  constructor(callerEntries: ReportEntry[] = []) {
    this.report.notCarried.push(...callerEntries);
  }

  /** The canonical GUID of a new object of `kind`; throws on an invalid or repeated one. */
  guid(kind: string, raw: string, label: string | undefined): Guid {
    const g = canonicalGuid(raw);
    const what = label ? `${kind} "${label}"` : `a ${kind}`;
    if (!g) throw new AppError('invalid-args', `Cannot export: ${what} has an invalid identifier ("${raw}").`);
    let seen = this.registries.get(kind);
    if (!seen) this.registries.set(kind, (seen = new Set()));
    if (seen.has(g)) throw new AppError('invalid-args', `Cannot export: two objects of kind ${kind} share the identifier ${g}.`);
    seen.add(g);
    return g;
  }

  /** Whether an object of `kind` with this GUID has been checked in (for references). */
  has(kind: string, raw: string): boolean {
    const g = canonicalGuid(raw);
    return g !== undefined && (this.registries.get(kind)?.has(g) ?? false);
  }

  addUser(raw: string, label: string | undefined): Guid {
    const g = this.guid('user', raw, label);
    this.users.add(g);
    return g;
  }

  user(raw: string | undefined): Guid | undefined {
    if (raw === undefined) return undefined;
    const g = canonicalGuid(raw);
    if (g && this.users.has(g)) return g;
    this.unknownUsers++;
    return undefined;
  }

  date(raw: string | undefined): string | undefined {
    if (raw === undefined) return undefined;
    if (isDateTime(raw)) return raw;
    this.badDates++;
    return undefined;
  }

  audit(a: Audit): Audit {
    const out: Audit = {};
    const cu = this.user(a.creatingUser);
    const cd = this.date(a.creationDateTime);
    const mu = this.user(a.modifyingUser);
    const md = this.date(a.modifiedDateTime);
    if (cu) out.creatingUser = cu;
    if (cd) out.creationDateTime = cd;
    if (mu) out.modifyingUser = mu;
    if (md) out.modifiedDateTime = md;
    return out;
  }

  /** Text for the XML: characters XML cannot hold become U+FFFD. */
  text(s: string): string;
  text(s: string | undefined): string | undefined;
  text(s: string | undefined): string | undefined {
    if (s === undefined || !hasNonXmlCharacters(s)) return s;
    this.badCharacters++;
    return xmlSafe(s);
  }

  codes(codes: ExchangeCode[]): ExchangeCode[] {
    return codes.map((c) => {
      const out: ExchangeCode = {
        guid: this.guid('code', c.guid, c.name),
        name: this.text(c.name),
        isCodable: c.isCodable,
        children: [],
      };
      if (c.color !== undefined) {
        const colour = canonicalColour(c.color);
        if (colour) out.color = colour;
        else this.report.adjust('code colour', `"${c.color}" is not a #rrggbb colour; the code was written without one`, { guid: out.guid, name: c.name });
      }
      if (c.description) out.description = this.text(c.description);
      out.children = this.codes(c.children);
      return out;
    });
  }

  /** A coding whose code is known; undefined (reported) otherwise. */
  coding(c: ExchangeCoding, where: string): ExchangeCoding | undefined {
    if (!this.has('code', c.codeGuid)) {
      this.report.drop('coding', `a coding on ${where} refers to a code that is not in the codebook`, { guid: c.guid });
      return undefined;
    }
    const guid = this.guid('coding', c.guid, undefined);
    const out: ExchangeCoding = { guid, codeGuid: canonicalGuid(c.codeGuid)! };
    const user = this.user(c.creatingUser);
    const date = this.date(c.creationDateTime);
    if (user) out.creatingUser = user;
    if (date) out.creationDateTime = date;
    return out;
  }

  variableValues(values: ExchangeVariableValue[], variables: Map<Guid, ExchangeVariable>, where: string): ExchangeVariableValue[] {
    const out: ExchangeVariableValue[] = [];
    for (const v of values) {
      const variable = variables.get(canonicalGuid(v.variableGuid) ?? '');
      if (!variable) {
        this.report.drop('attribute value', `a value on ${where} belongs to no attribute in the project`);
        continue;
      }
      const formatted = formatVariableValue(variable.type, v.value);
      if (formatted?.mismatch) {
        this.report.adjust('attribute value', `"${String(v.value)}" (${variable.name} on ${where}) is not a valid ${variable.type}; it was written as text`, {
          guid: variable.guid,
          name: variable.name,
        });
      }
      out.push({ variableGuid: variable.guid, value: typeof v.value === 'string' ? this.text(v.value) : v.value });
    }
    return out;
  }

  /**
   * Keep the references whose targets exist; report the others once per owner.
   * `kind` is the registry the targets live in.
   */
  references(guids: Guid[], kind: string, owner: string): Guid[] {
    const kept: Guid[] = [];
    let missing = 0;
    for (const g of guids) {
      const c = canonicalGuid(g);
      if (c && this.has(kind, c)) {
        if (!kept.includes(c)) kept.push(c);
      } else missing++;
    }
    if (missing) this.report.drop(`${kind} reference`, `${missing} reference(s) from ${owner} to a ${kind} not in the project were left out`);
    return kept;
  }

  /** A selection's range made valid for writing: inside the text, on whole characters. */
  range(start: number, end: number, text: string, map: CodePointMap): { start: number; end: number; widened: boolean } | undefined {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) return undefined;
    const s = map.splitsPair(start) ? start - 1 : start;
    const e = map.splitsPair(end) ? end + 1 : end;
    return { start: s, end: e, widened: s !== start || e !== end };
  }

  finish(): ExportReport {
    if (this.unknownUsers) {
      this.report.adjust('coder', `${this.unknownUsers} author or editor reference(s) named no user in the project; they were left out`);
    }
    if (this.badDates) this.report.adjust('date', `${this.badDates} date(s) were not valid xsd:dateTime values and were left out`);
    if (this.badCharacters) {
      this.report.adjust('text', `${this.badCharacters} name(s) or text(s) held characters XML cannot contain; they were replaced by �`);
    }
    return { notCarried: this.report.notCarried, adjusted: this.report.adjusted };
  }
}
