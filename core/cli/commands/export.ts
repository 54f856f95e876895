import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportLines } from '../../exchange/project/reportLines';
import { AppError } from '../../model/errors';
import { withProject } from '../directClient';
import { printJson } from '../output';

/** `coherence export`: the project as a REFI-QDA project (.qdpx) or its codebook (.qdc), for other programs. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the project as a REFI-QDA project (.qdpx) or its codebook (.qdc), with a report of what the format cannot hold')
    .argument('<project>', 'the project file')
    .option('--format <format>', 'qdpx or qdc (default: from the --out file name, else qdpx)')
    .option('--out <file>', 'the file to write (default: named after the project, in this folder)')
    .option('--json', 'print the report as JSON')
    .action(async (project: string, opts: { format?: string; out?: string; json?: boolean }) => {
      const fromName = path.extname(opts.out ?? '').slice(1).toLowerCase();
      const format = (opts.format ?? (fromName === 'qdc' ? 'qdc' : 'qdpx')).toLowerCase();
      if (format !== 'qdpx' && format !== 'qdc') throw new AppError('invalid-args', `--format must be qdpx or qdc, not "${format}".`);
      const written = await withProject(project, async (client) => {
        if (format === 'qdc') {
          const { fileName, xml, report } = await client.call('codebook.exportQdc', {});
          const out = opts.out ?? fileName;
          writeFileSync(out, xml);
          return { out, report };
        }
        const { fileName, base64, report } = await client.call('project.exportQdpx', {});
        const out = opts.out ?? fileName;
        writeFileSync(out, Buffer.from(base64, 'base64'));
        return { out, report };
      });
      if (opts.json) printJson({ file: path.resolve(written.out), report: written.report });
      else process.stdout.write(`Wrote ${written.out}\n${reportLines(written.report).join('\n')}\n`);
    });
}
