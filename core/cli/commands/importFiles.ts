import type { Command } from 'commander';
import { AppError } from '../../model/errors';
import { withProject } from '../directClient';
import { printJson } from '../output';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import transcripts into a project (each file in its own transaction)')
    .argument('<project>', 'the project file')
    .argument('<files...>', 'files to import')
    .option('--json', 'print the per-file results as JSON')
    .action(async (project: string, files: string[], opts: { json?: boolean }) => {
      const results = await withProject(project, (client) =>
        client.call('documents.import', { files: files.map((f) => ({ path: f })) }),
      );
      if (opts.json) printJson(results);
      else {
        for (const r of results) {
          const what = r.status === 'imported' ? `imported as "${r.title}"` : `${r.status}: ${r.reason}`;
          process.stdout.write(`${r.file}: ${what}\n`);
        }
      }
      const failed = results.filter((r) => r.status === 'failed').length;
      if (failed > 0) throw new AppError('bad-file', `${failed} of ${results.length} files could not be imported.`);
    });
}
