import type { Command } from 'commander';
import type { TheoryVersion } from '../../model/realistTypes';
import { AppError } from '../../model/errors';
import { withProject, type DirectClient } from '../directClient';
import { printJson, printTable } from '../output';

async function versionId(client: DirectClient, name: string | undefined): Promise<number | undefined> {
  if (name === undefined) return undefined;
  const versions: TheoryVersion[] = await client.call('cmo.versions.list', {});
  const found = versions.find((v) => v.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new AppError('not-found', `There is no theory version called "${name}" (there are: ${versions.map((v) => v.name).join(', ') || 'none'}).`);
  return found.id;
}

export function registerCmo(program: Command): void {
  const cmo = program.command('cmo').description('realist context-mechanism-outcome configurations');
  cmo
    .command('list')
    .description('list configurations (of one programme theory version, or all)')
    .argument('<project>', 'the project file')
    .option('--version <name>', 'a theory version, e.g. "Refined theory"')
    .option('--json', 'print JSON')
    .action(async (project: string, opts: { version?: string; json?: boolean }) => {
      await withProject(project, async (client) => {
        const id = await versionId(client, opts.version);
        const configurations = await client.call('cmo.configurations.list', id === undefined ? {} : { versionId: id });
        if (opts.json) return printJson(configurations);
        printTable(
          configurations.map((c) => ({
            id: c.id,
            statement: c.statement.length > 70 ? `${c.statement.slice(0, 69)}…` : c.statement,
            elements: c.elements.length,
            evidence: c.evidenceCount,
            status: id === undefined ? '' : (c.versions[id]?.status ?? ''),
          })),
          ['id', 'statement', 'elements', 'evidence', 'status'],
        );
      });
    });
  cmo
    .command('export')
    .description('the CMO table: configuration, C, M, O, supporting participants by group, evidence, status')
    .argument('<project>', 'the project file')
    .option('--version <name>', 'a theory version (its statuses and only its configurations)')
    .option('--csv', 'CSV (the default)')
    .option('--json', 'the configurations as JSON')
    .action(async (project: string, opts: { version?: string; json?: boolean }) => {
      await withProject(project, async (client) => {
        const id = await versionId(client, opts.version);
        if (opts.json) return printJson(await client.call('cmo.configurations.list', id === undefined ? {} : { versionId: id }));
        process.stdout.write((await client.call('cmo.exportCsv', id === undefined ? {} : { versionId: id })).csv);
      });
    });
}
