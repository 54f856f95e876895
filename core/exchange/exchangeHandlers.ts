import { loadImportSource, sourceName } from '../documents/importSource';
import type { HandlerMap } from '../handlers';
import { recordAction } from '../history/history';
import { mergeProject } from '../merge/mergeProject';
import type { Session } from '../session';
import { exportCodebookQdc, importCodebook } from './project/codebookExchange';
import { exportProjectQdpx } from './project/exportQdpx';
import { importQdpxProject } from './project/importQdpx';
import { readQdc } from './refi/readCodebook';

function codebookChanged(session: Session): void {
  session.emit('codes.changed', {});
}

export const exchangeHandlers: HandlerMap<'project.importQdpx' | 'project.exportQdpx' | 'codebook.importQdc' | 'codebook.exportQdc' | 'project.merge'> = {
  'project.importQdpx': (a, s) => importQdpxProject(s, a),
  'project.exportQdpx': async (_a, s) => {
    const { fileName, bytes, report } = await exportProjectQdpx(s.project);
    return { fileName, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), report };
  },
  'codebook.importQdc': async (a, s) => {
    const f = s.project;
    const name = sourceName(a.file);
    const { codebook, report } = await readQdc(name, loadImportSource({ name, source: a.file }));
    const result = recordAction(f, `Import codebook ${name}`, null, () => importCodebook(f, codebook));
    codebookChanged(s);
    return {
      created: result.created,
      updated: result.updated,
      report: { ...report, notCarried: [...report.notCarried, ...result.notCarried], adjusted: [...report.adjusted, ...result.adjusted] },
    };
  },
  'codebook.exportQdc': (_a, s) => exportCodebookQdc(s.project),
  'project.merge': (a, s) => mergeProject(s, a.path, a.dryRun),
};
