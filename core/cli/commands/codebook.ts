import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { withProject } from '../directClient';
import { printJson } from '../output';

export function registerCodebook(program: Command): void {
  const codebook = program.command('codebook').description('the codebook as a CSV table (path, colour, description, inclusion, exclusion, example)');
  codebook
    .command('import')
    .description('add or update codes from a codebook CSV (codes are found by path; missing ones are created)')
    .argument('<project>', 'the project file')
    .argument('<file>', 'a codebook .csv')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, file: string, opts: { json?: boolean }) => {
      const result = await withProject(project, (client) => client.call('codebook.importCsv', { file: { path: file } }));
      if (opts.json) printJson(result);
      else process.stdout.write(`${result.created} codes created, ${result.updated} updated\n`);
    });
  codebook
    .command('export')
    .description('write the codebook as CSV')
    .argument('<project>', 'the project file')
    .argument('<file>', 'the .csv to write (- for standard output)')
    .action(async (project: string, file: string) => {
      const { csv } = await withProject(project, (client) => client.call('codebook.exportCsv', {}));
      if (file === '-') process.stdout.write(csv);
      else writeFileSync(file, csv);
    });
}
