import type { Command } from 'commander';
import { withProject } from '../directClient';
import { printJson } from '../output';

export function registerParticipants(program: Command): void {
  const participants = program.command('participants').description('participants (cases) and their attributes');
  participants
    .command('import')
    .description('import participant attributes from a CSV or XLSX table (one row per participant, first column the name)')
    .argument('<project>', 'the project file')
    .argument('<table>', 'a .csv or .xlsx file')
    .option('--create-missing', 'add participants named in the table but not yet in the project')
    .option('--json', 'print the result as JSON')
    .action(async (project: string, table: string, opts: { createMissing?: boolean; json?: boolean }) => {
      const result = await withProject(project, (client) =>
        client.call('attributes.import', { file: { path: table }, scope: 'participant', createMissing: Boolean(opts.createMissing) }),
      );
      if (opts.json) return printJson(result);
      process.stdout.write(
        `${result.updated} participants updated, ${result.created} created; new attributes: ${result.attributesCreated.join(', ') || 'none'}\n`,
      );
      for (const u of result.unmatched) process.stdout.write(`line ${u.line}: no participant called "${u.key}" (use --create-missing to add)\n`);
    });
}
