import type { Command } from 'commander';
import { findCoderByInitials } from '../../coders/coderQueries';
import { resolveCodePath } from '../../codebook/codePathLookup';
import { AppError } from '../../model/errors';
import { withProject } from '../directClient';
import { printJson } from '../output';

export function registerCodings(program: Command): void {
  const codings = program
    .command('codings')
    .description('codings as CSV: document,coder,code,start,end[,memo] (offsets in code points over `coherence text`)');
  codings
    .command('import')
    .description('import codings from CSV; any error is reported by line and nothing is imported')
    .argument('<project>', 'the project file')
    .argument('<file>', 'a .csv with columns document,coder,code,start,end[,memo]')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, file: string, opts: { json?: boolean }) => {
      const result = await withProject(project, (client) => client.call('codings.importCsv', { file: { path: file } }));
      if (opts.json) printJson(result);
      else process.stdout.write(`${result.imported} codings imported${result.codesCreated.length ? `; new codes: ${result.codesCreated.join(', ')}` : ''}\n`);
    });
  codings
    .command('export')
    .description('export coded segments (document, participant, attributes, code, coder, start, end, text, memo)')
    .argument('<project>', 'the project file')
    .option('--code <path>', 'only this code and the codes below it')
    .option('--coder <initials>', 'only this coder')
    .option('--csv', 'write CSV to standard output (the default and only format)')
    .action(async (project: string, opts: { code?: string; coder?: string }) => {
      const { csv } = await withProject(project, async (client) => {
        const file = client.core.session.project;
        const codeId = opts.code ? resolveCodePath(file, opts.code, { create: false }) : undefined;
        const coder = opts.coder ? findCoderByInitials(file, opts.coder) : undefined;
        if (opts.coder && !coder) throw new AppError('not-found', `There is no coder with initials "${opts.coder}".`);
        return client.call('codings.exportCsv', {
          ...(codeId ? { codeId, includeChildren: true } : {}),
          ...(coder ? { coderIds: [coder.id] } : {}),
        });
      });
      process.stdout.write(csv);
    });
}
