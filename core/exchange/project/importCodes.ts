import type { ProjectFile } from '../../../db/projectFile';
import { createCode, updateCode } from '../../codebook/codeQueries';
import type { ExchangeCode, Guid } from '../refi/model';
import type { ReportCollector } from '../refi/reports';
import { adoptGuid } from './adoptIdentity';
import { unfoldCodeDefinition } from './codeDefinition';
import { UniqueNames } from './uniqueNames';

/**
 * The code tree into a new project, parents before children, in the file's order. Definitions
 * that Coherence folded into descriptions are unfolded again; colours kept (a code without one
 * gets the next palette colour); a name repeated at one level is numbered (Coherence needs
 * names unique among siblings), and folder codes become ordinary codes.
 */
export function importCodes(file: ProjectFile, codes: ExchangeCode[], report: ReportCollector): Map<Guid, number> {
  const ids = new Map<Guid, number>();
  let folders = 0;
  let uncoloured = 0;
  const add = (list: ExchangeCode[], parentId: number | null): void => {
    const names = new UniqueNames();
    for (const code of list) {
      const name = names.claim(code.name);
      if (name !== code.name.trim()) report.adjust('code', `another code at the same level has the same name; this one is called "${name}"`, { guid: code.guid, name: code.name });
      if (!code.isCodable) folders++;
      if (!code.color) uncoloured++;
      const definition = unfoldCodeDefinition(code.description ?? '');
      const created = createCode(file, { name, parentId, ...(code.color ? { colour: code.color } : {}), ...definition });
      // createCode leaves the realist role unset; a code read back from Coherence's own export has one.
      if (definition.realistRole) updateCode(file, created.id, { realistRole: definition.realistRole });
      adoptGuid(file, 'codes', created.id, code.guid);
      ids.set(code.guid, created.id);
      add(code.children, created.id);
    }
  };
  add(codes, null);
  if (folders) report.adjust('code', `${folders} folder code(s) (not meant for coding) became ordinary codes; Coherence codes can always be applied`);
  if (uncoloured) report.adjust('code colour', `${uncoloured} code(s) had no colour; they were given colours from Coherence's palette`);
  return ids;
}
