import { AppError } from '../../model/errors';
import type { ExchangeCode, ExchangeCodebook } from './model';
import { prepareCodebookExport } from './prepareExport';
import { ORIGIN } from './projectXml';
import type { ExportReport } from './reports';
import { attrs, buildXmlDocument, type XmlNode } from './xmlWriter';

/**
 * A codebook as .qdc XML (Codebook.xsd): the code tree and code groups. Unlike a project, a
 * codebook's set members are written `MemberCode guid="…"`, and codes carry no memo refs.
 */
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export function writeQdc(codebook: ExchangeCodebook): string {
  const { codebook: clean } = prepareCodebookExport(codebook);
  if (clean.codes.length === 0) {
    throw new AppError('unsupported', 'The codebook has no codes; a REFI-QDA codebook file must contain at least one code.');
  }
  const root: XmlNode = attrs({ xmlns: CODEBOOK_NAMESPACE, origin: ORIGIN });
  root.Codes = { Code: clean.codes.map(codeNode) };
  if (clean.sets.length) {
    root.Sets = {
      Set: clean.sets.map((s) => {
        const node = attrs({ guid: s.guid, name: s.name });
        if (s.description) node.Description = s.description;
        if (s.codeGuids.length) node.MemberCode = s.codeGuids.map((g) => attrs({ guid: g }));
        return node;
      }),
    };
  }
  return buildXmlDocument('CodeBook', root);
}

/** What writing this codebook as .qdc would leave out or change. */
export function qdcExportReport(codebook: ExchangeCodebook): ExportReport {
  return prepareCodebookExport(codebook).report;
}

function codeNode(c: ExchangeCode): XmlNode {
  const node = attrs({ guid: c.guid, name: c.name, isCodable: c.isCodable, color: c.color });
  if (c.description) node.Description = c.description;
  if (c.children.length) node.Code = c.children.map(codeNode);
  return node;
}
