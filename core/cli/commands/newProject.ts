import type { Command } from 'commander';
import type { Args } from '../../api';
import { reportLines } from '../../exchange/project/reportLines';
import { directClient } from '../directClient';
import { printJson } from '../output';

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create a new, empty project file (.coherence)')
    .argument('<project>', 'path of the project file to create')
    .option('--name <name>', 'the project name (default: the file name)')
    .option('--sample', 'fill it with the sample study (social prescribing)')
    .option('--from <file>', 'make it from a REFI-QDA project export (.qdpx or .qde) of NVivo, MAXQDA, ATLAS.ti, …')
    .option('--offsets <profile>', 'with --from: how the file counts character positions (e.g. utf16-crlf2), instead of detecting it')
    .option('--json', 'print the project as JSON')
    .action(async (project: string, opts: { name?: string; sample?: boolean; from?: string; offsets?: string; json?: boolean }) => {
      const client = directClient();
      try {
        if (opts.from) {
          const { project: info, report } = await client.call('project.importQdpx', {
            path: project,
            file: { path: opts.from },
            ...(opts.name ? { name: opts.name } : {}),
            // The core checks the profile name and says which ones exist.
            ...(opts.offsets ? { offsetProfile: opts.offsets as Args<'project.importQdpx'>['offsetProfile'] } : {}),
          });
          if (opts.json) printJson({ project: info, report });
          else {
            const c = info.counts;
            process.stdout.write(`Created ${info.path} from ${report.fileName} (${c.documents} documents, ${c.codes} codes, ${c.codings} codings, ${c.coders} coders)\n`);
            process.stdout.write(`${reportLines(report).join('\n')}\n`);
          }
          return;
        }
        const info = await client.call('project.create', {
          path: project,
          ...(opts.name ? { name: opts.name } : {}),
          sample: Boolean(opts.sample),
        });
        if (opts.json) printJson(info);
        else process.stdout.write(`Created ${info.path} (${info.counts.documents} documents, ${info.counts.codes} codes)\n`);
      } finally {
        client.close();
      }
    });
}
