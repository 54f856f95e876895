import type { Command } from 'commander';
import { AppError } from '../../model/errors';
import { withProject } from '../directClient';
import { printJson, printTable } from '../output';

const kinds = ['documents', 'codes', 'coders', 'participants'] as const;
type Kind = (typeof kinds)[number];

export function registerList(program: Command): void {
  program
    .command('list')
    .description(`list a project's ${kinds.join(', ')}`)
    .argument('<project>', 'the project file')
    .argument('<what>', kinds.join('|'))
    .option('--json', 'print JSON')
    .action(async (project: string, what: string, opts: { json?: boolean }) => {
      if (!(kinds as readonly string[]).includes(what)) {
        throw new AppError('invalid-args', `Cannot list "${what}"; choose one of ${kinds.join(', ')}.`);
      }
      await withProject(project, async (client) => {
        switch (what as Kind) {
          case 'documents': {
            const docs = await client.call('documents.list', {});
            if (opts.json) printJson(docs);
            else printTable(docs.map((d) => ({ id: d.id, title: d.title, format: d.format, words: d.words, codings: d.codingCount })), ['id', 'title', 'format', 'words', 'codings']);
            break;
          }
          case 'codes': {
            const codes = await client.call('codes.list', {});
            if (opts.json) printJson(codes);
            else printTable(codes.map((c) => ({ id: c.id, path: c.path, colour: c.colour })), ['id', 'path', 'colour']);
            break;
          }
          case 'participants': {
            const [people, attributes] = await Promise.all([client.call('participants.list', {}), client.call('attributes.list', { scope: 'participant' })]);
            // Attributes by name, not id: the JSON is for people and scripts, not for the database.
            const named = people.map((p) => ({
              id: p.id,
              name: p.name,
              description: p.description,
              attributes: Object.fromEntries(attributes.filter((a) => p.attributes[a.id] !== undefined).map((a) => [a.name, p.attributes[a.id]!])),
              documents: p.documents.map((d) => d.title),
            }));
            if (opts.json) printJson(named);
            else printTable(named.map((p) => ({ id: p.id, name: p.name, ...p.attributes, documents: p.documents.length })), ['id', 'name', ...attributes.map((a) => a.name), 'documents']);
            break;
          }
          case 'coders': {
            const coders = await client.call('coders.list', {});
            if (opts.json) printJson(coders);
            else printTable(coders.map((c) => ({ id: c.id, initials: c.initials, name: c.name })), ['id', 'initials', 'name']);
            break;
          }
        }
      });
    });
}
