import type { Command } from 'commander';
import { findDocument } from '../../documents/documentQueries';
import { withProject } from '../directClient';

export function registerText(program: Command): void {
  program
    .command('text')
    .description("print a document's stored text exactly (the text all offsets refer to)")
    .argument('<project>', 'the project file')
    .argument('<document>', 'the document title (or id)')
    .action(async (project: string, document: string) => {
      const text = await withProject(project, async (client) => {
        const summary = findDocument(client.core.session.project, document);
        return (await client.call('documents.get', { documentId: summary.id })).text;
      });
      // Exactly the stored text: no newline added, so offsets over stdout match offsets in the project.
      process.stdout.write(text);
    });
}
