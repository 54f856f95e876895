import type { ProjectFile } from '../../../db/projectFile';
import { createAttribute, listAttributes, setAttributeValue } from '../../attributes/attributeQueries';
import { canonicalValue } from '../../attributes/attributeValues';
import { isAppError } from '../../model/errors';
import type { AttributeScope } from '../../model/participantTypes';
import type { ExchangeProject, ExchangeVariable, ExchangeVariableValue } from '../refi/model';
import type { ReportCollector } from '../refi/reports';
import { adoptGuid } from './adoptIdentity';
import { attributeTypeFor, readVariableHint, storedValue } from './attributeVariables';
import { UniqueNames } from './uniqueNames';

/**
 * REFI variables into attributes. A REFI variable belongs to the project; a Coherence attribute
 * to participants or to documents, so each variable becomes an attribute of whichever its
 * values are found on (both, if both). Boolean → yes/no category, Integer and Float → number,
 * Date and DateTime → date, Text → text (or a category when Coherence wrote it as one).
 */
interface Made {
  id: number;
  variable: ExchangeVariable;
  type: ReturnType<typeof attributeTypeFor>;
}

export class AttributeMapping {
  private readonly made = new Map<string, Made>();
  private timesDropped = 0;

  constructor(
    private readonly file: ProjectFile,
    project: ExchangeProject,
    report: ReportCollector,
  ) {
    const onCases = new Set(project.cases.flatMap((c) => c.variableValues.map((v) => v.variableGuid)));
    const onSources = new Set(project.sources.flatMap((s) => s.variableValues.map((v) => v.variableGuid)));
    const names: Record<AttributeScope, UniqueNames> = {
      participant: new UniqueNames(listAttributes(file, 'participant').map((a) => a.name)),
      document: new UniqueNames(listAttributes(file, 'document').map((a) => a.name)),
    };
    for (const variable of project.variables) {
      const hint = readVariableHint(variable.description);
      const scopes: AttributeScope[] = [];
      if (onCases.has(variable.guid)) scopes.push('participant');
      if (onSources.has(variable.guid)) scopes.push('document');
      if (scopes.length === 0) scopes.push(hint?.scope ?? 'participant');
      const values = [...project.cases, ...project.sources].flatMap((o) => o.variableValues.filter((v) => v.variableGuid === variable.guid));
      let type = attributeTypeFor(variable.type, hint);
      if (type.type === 'category' && variable.type === 'Text' && !values.every((v) => v.value === null || type.allowedValues.includes(String(v.value).trim()))) {
        type = { type: 'text', allowedValues: [] };
      }
      for (const [i, scope] of scopes.entries()) {
        const name = names[scope].claim(variable.name);
        if (name !== variable.name.trim()) report.adjust('attribute', `another ${scope} attribute has the same name; this one is called "${name}"`, { guid: variable.guid, name: variable.name });
        const attribute = createAttribute(file, { scope, name, ...type });
        if (i === 0) adoptGuid(file, 'attributes', attribute.id, variable.guid);
        this.made.set(`${scope}:${variable.guid}`, { id: attribute.id, variable, type });
      }
      if (scopes.length === 2) report.adjust('attribute', 'it has values on participants and on documents; it became one attribute of each', { guid: variable.guid, name: variable.name });
    }
  }

  /** Store one participant's or document's values. */
  setValues(scope: AttributeScope, ownerId: number, values: ExchangeVariableValue[], report: ReportCollector, ownerName: string): void {
    for (const v of values) {
      const made = this.made.get(`${scope}:${v.variableGuid}`);
      if (!made) continue;
      const { text, timeDropped } = storedValue(made.variable.type, v.value);
      if (text === null) continue;
      if (timeDropped) this.timesDropped++;
      try {
        canonicalValue({ name: made.variable.name, ...made.type }, text);
        setAttributeValue(this.file, made.id, ownerId, text);
      } catch (e) {
        if (!isAppError(e)) throw e;
        report.drop('attribute value', `"${text}" (${made.variable.name} of ${ownerName}) does not fit the attribute's type (${made.type.type})`, {
          guid: made.variable.guid,
          name: made.variable.name,
        });
      }
    }
  }

  finish(report: ReportCollector): void {
    if (this.timesDropped) report.adjust('attribute value', `${this.timesDropped} date-and-time value(s) kept as dates; Coherence dates have no time of day`);
  }
}
