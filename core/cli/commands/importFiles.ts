import type { Command } from 'commander';
import type { SpeakerMode } from '../../model/importTypes';
import { AppError } from '../../model/errors';
import { withProject } from '../directClient';
import { printJson } from '../output';

/** --speakers auto | none | a regular expression with a named group "speaker". */
export function speakerModeOption(value: string): SpeakerMode {
  if (value === 'auto' || value === 'none') return value;
  return { pattern: value };
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import transcripts (files or folders) into a project; each file either lands whole or not at all')
    .argument('<project>', 'the project file')
    .argument('<files...>', 'files or folders to import (txt, md, docx, odt, rtf, pdf, vtt, srt, html)')
    .option('--speakers <mode>', 'speaker turns: auto, none, or a regular expression with a named group (?<speaker>...)', 'auto')
    .option('--duplicates <what>', 'a file already in the project: skip or import', 'skip')
    .option('--json', 'print the per-file results as JSON')
    .action(async (project: string, files: string[], opts: { speakers: string; duplicates: string; json?: boolean }) => {
      if (opts.duplicates !== 'skip' && opts.duplicates !== 'import') throw new AppError('invalid-args', '--duplicates is skip or import.');
      const results = await withProject(project, (client) =>
        client.call('documents.import', {
          files: files.map((f) => ({ path: f })),
          speakers: speakerModeOption(opts.speakers),
          duplicates: opts.duplicates as 'skip' | 'import',
        }),
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
