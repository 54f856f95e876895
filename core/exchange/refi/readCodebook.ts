import { AppError } from '../../model/errors';
import { defaultRefiLimits } from './limits';
import type { ExchangeCodebook, ExchangeCodeSet } from './model';
import { countCodes, readCodeTree } from './readCodes';
import { readSets } from './readSets';
import { looksLikeXml } from './readProject';
import { isZipSignature } from '../../files/zipArchive';
import { ReportCollector, type ImportReport } from './reports';
import { childNamed, parseXmlPart } from './xmlDocument';

/**
 * Reading a REFI-QDA codebook (.qdc): a bare XML file with the code tree and, optionally,
 * code groups. Namespaces vary in the wild (`codebook:1.0`, ATLAS.ti's `codebook:0:4`,
 * none), as does GUID spelling ({braces}, upper case); Taguette writes an empty <Sets/>.
 */
export async function readQdc(fileName: string, bytes: Uint8Array): Promise<{ codebook: ExchangeCodebook; report: ImportReport }> {
  if (isZipSignature(bytes)) {
    throw new AppError('unsupported-format', `${fileName} is a zip archive (a project export, .qdpx?), not a REFI-QDA codebook (.qdc).`);
  }
  if (!looksLikeXml(bytes)) throw new AppError('unsupported-format', `${fileName} is not a REFI-QDA codebook (.qdc): it is not XML.`);
  if (bytes.length > defaultRefiLimits.maxXmlBytes) throw new AppError('file-too-large', `${fileName} is larger than Coherence reads for a codebook.`);
  const { root, namespace } = parseXmlPart(bytes, fileName, fileName);
  if (namespace !== undefined && !/^urn:QDA-XML:/i.test(namespace)) {
    throw new AppError('unsupported-format', `${fileName} is not a REFI-QDA codebook: its XML belongs to ${namespace}.`);
  }
  if (root.name !== 'CodeBook') {
    const hint = root.name === 'Project' ? ' It is a project; import it as a project.' : '';
    throw new AppError('unsupported-format', `${fileName} is not a REFI-QDA codebook: its main element is <${root.name}>, not <CodeBook>.${hint}`);
  }
  const report = new ReportCollector();
  const tree = readCodeTree(childNamed(root, 'Codes'), report);
  const sets: ExchangeCodeSet[] = readSets(childNamed(root, 'Sets'), report, {
    hasCode: (g) => tree.byGuid.has(g),
    hasSource: () => false,
    hasNote: () => false,
    droppedReason: () => undefined,
  }).map(({ guid, name, description, codeGuids }) => (description === undefined ? { guid, name, codeGuids } : { guid, name, description, codeGuids }));

  const origin = root.attrs.origin?.trim() || undefined;
  const codebook: ExchangeCodebook = { codes: tree.codes, sets };
  if (origin) codebook.origin = origin;
  const result: ImportReport = {
    fileName,
    counts: { users: 0, codes: countCodes(tree.codes), variables: 0, cases: 0, sources: 0, selections: 0, codings: 0, notes: 0, sets: sets.length },
    notCarried: report.notCarried,
    adjusted: report.adjusted,
  };
  if (origin) result.origin = origin;
  return { codebook, report: result };
}
