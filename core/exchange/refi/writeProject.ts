import yazl from 'yazl';
import type { ExchangeProject } from './model';
import { prepareProjectExport } from './prepareExport';
import { projectToXml, sourceFileName } from './projectXml';
import type { ExportReport } from './reports';

/**
 * A project as a .qdpx archive: `project.qde` plus `sources/<guid>.txt` for each document
 * (UTF-8 without BOM, LF line ends — the text positions are counted over exactly that).
 * The model's GUIDs are written as they are, so exporting twice gives the same identifiers
 * and other programs can match a re-import.
 */
export async function writeQdpx(project: ExchangeProject): Promise<Uint8Array> {
  const { project: clean } = prepareProjectExport(project);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(projectToXml(clean), 'utf8'), 'project.qde');
  for (const source of clean.sources) zip.addBuffer(Buffer.from(source.text, 'utf8'), `sources/${sourceFileName(source)}`);
  zip.end();
  return collect(zip.outputStream);
}

/** What writing this project as .qdpx would leave out or change (for the export dialog). */
export function qdpxExportReport(project: ExchangeProject): ExportReport {
  return prepareProjectExport(project).report;
}

function collect(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
  });
}
