import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportLines } from '../../exchange/project/reportLines';
import { withProject } from '../directClient';
import { printJson } from '../output';

const isQdc = (file: string) => path.extname(file).toLowerCase() === '.qdc';

export function registerCodebook(program: Command): void {
  const codebook = program
    .command('codebook')
    .description('the codebook as a CSV table (path, colour, description, inclusion, exclusion, example) or a REFI-QDA codebook (.qdc)');
  codebook
    .command('import')
    .description('add or update codes from a codebook CSV or a REFI-QDA .qdc (codes are found by path; missing ones are created)')
    .argument('<project>', 'the project file')
    .argument('<file>', 'a codebook .csv or .qdc')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, file: string, opts: { json?: boolean }) => {
      if (isQdc(file)) {
        const result = await withProject(project, (client) => client.call('codebook.importQdc', { file: { path: file } }));
        if (opts.json) printJson(result);
        else process.stdout.write(`${result.created} codes created, ${result.updated} updated\n${reportLines(result.report).join('\n')}\n`);
        return;
      }
      const result = await withProject(project, (client) => client.call('codebook.importCsv', { file: { path: file } }));
      if (opts.json) printJson(result);
      else process.stdout.write(`${result.created} codes created, ${result.updated} updated\n`);
    });
  codebook
    .command('export')
    .description('write the codebook as CSV, or as a REFI-QDA codebook (.qdc) with --format qdc or a .qdc file name')
    .argument('<project>', 'the project file')
    .argument('<file>', 'the .csv or .qdc to write (- for standard output)')
    .option('--format <format>', 'csv or qdc (default: from the file name, else csv)')
    .action(async (project: string, file: string, opts: { format?: string }) => {
      if ((opts.format ?? (isQdc(file) ? 'qdc' : 'csv')).toLowerCase() === 'qdc') {
        const { xml, report } = await withProject(project, (client) => client.call('codebook.exportQdc', {}));
        if (file === '-') process.stdout.write(xml);
        else {
          writeFileSync(file, xml);
          process.stdout.write(`Wrote ${file}\n${reportLines(report).join('\n')}\n`);
        }
        return;
      }
      const { csv } = await withProject(project, (client) => client.call('codebook.exportCsv', {}));
      if (file === '-') process.stdout.write(csv);
      else writeFileSync(file, csv);
    });
}
