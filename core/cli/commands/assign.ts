import type { Command } from 'commander';
import { findDocument } from '../../documents/documentQueries';
import { withProject } from '../directClient';
import { coderIdsByInitials, commaList } from '../listArguments';

export function registerAssign(program: Command): void {
  program
    .command('assign')
    .description('give documents to coders, and mark them complete (agreement counts completed documents)')
    .argument('<project>', 'the project file')
    .requiredOption('--coders <initials>', 'coders, e.g. SO,EW')
    .requiredOption('--documents <titles>', 'document titles, comma-separated')
    .option('--complete', 'also mark them complete for these coders')
    .option('--remove', 'take the documents away from these coders instead')
    .action(async (project: string, opts: { coders: string; documents: string; complete?: boolean; remove?: boolean }) => {
      await withProject(project, async (client) => {
        const file = client.core.session.project;
        const coderIds = coderIdsByInitials(file, opts.coders);
        const documentIds = commaList(opts.documents).map((t) => findDocument(file, t).id);
        await client.call('assignments.set', { documentIds, coderIds, assigned: !opts.remove });
        if (opts.complete && !opts.remove) {
          for (const documentId of documentIds) for (const coderId of coderIds) await client.call('assignments.complete', { documentId, coderId, completed: true });
        }
        process.stdout.write(`${opts.remove ? 'Unassigned' : opts.complete ? 'Assigned and completed' : 'Assigned'}: ${documentIds.length} documents × ${coderIds.length} coders\n`);
      });
    });
}
