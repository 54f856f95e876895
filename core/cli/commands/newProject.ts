import type { Command } from 'commander';
import { directClient } from '../directClient';
import { printJson } from '../output';

export function registerNew(program: Command): void {
  program
    .command('new')
    .description('create a new, empty project file (.coherence)')
    .argument('<project>', 'path of the project file to create')
    .option('--name <name>', 'the project name (default: the file name)')
    .option('--sample', 'fill it with the sample study (social prescribing)')
    .option('--json', 'print the project as JSON')
    .action(async (project: string, opts: { name?: string; sample?: boolean; json?: boolean }) => {
      const client = directClient();
      try {
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
