import type { Command } from 'commander';
import { findAttribute } from '../../attributes/attributeQueries';
import { resolveCodePath } from '../../codebook/codePathLookup';
import { AppError } from '../../model/errors';
import { withProject } from '../directClient';
import { coderIdsByInitials, commaList } from '../listArguments';

export function registerQuery(program: Command): void {
  const query = program.command('query').description('queries over the codings, as CSV');
  query
    .command('cooccurrence')
    .description('codes x codes: passages of one code overlapping another (or turns holding both)')
    .argument('<project>', 'the project file')
    .requiredOption('--codes <paths>', 'code paths, comma-separated')
    .option('--mode <mode>', 'overlap|turn', 'overlap')
    .option('--coders <initials>', "only these coders' codings, comma-separated (default: everyone's)")
    .option('--csv', 'CSV on standard output (the default)')
    .action(async (project: string, opts: { codes: string; mode: string; coders?: string }) => {
      if (opts.mode !== 'overlap' && opts.mode !== 'turn') throw new AppError('invalid-args', '--mode is overlap or turn.');
      const { csv } = await withProject(project, (client) =>
        client.call('queries.exportCsv', {
          query: 'cooccurrence',
          codeIds: commaList(opts.codes).map((p) => resolveCodePath(client.core.session.project, p, { create: false })),
          mode: opts.mode as 'overlap' | 'turn',
          ...(opts.coders === undefined ? {} : { coderIds: coderIdsByInitials(client.core.session.project, opts.coders) }),
        }),
      );
      process.stdout.write(csv);
    });
  query
    .command('matrix')
    .description('codes x the values of an attribute (e.g. stakeholder type): passages, participants or characters')
    .argument('<project>', 'the project file')
    .requiredOption('--codes <paths>', 'code paths, comma-separated')
    .requiredOption('--attribute <name>', 'a participant (or document) attribute')
    .option('--measure <measure>', 'passages|participants|characters', 'passages')
    .option('--coders <initials>', "only these coders' codings, comma-separated (default: everyone's)")
    .option('--csv', 'CSV on standard output (the default)')
    .action(async (project: string, opts: { codes: string; attribute: string; measure: string; coders?: string }) => {
      if (!['passages', 'participants', 'characters'].includes(opts.measure)) throw new AppError('invalid-args', '--measure is passages, participants or characters.');
      const { csv } = await withProject(project, (client) => {
        const file = client.core.session.project;
        const attribute = findAttribute(file, 'participant', opts.attribute) ?? findAttribute(file, 'document', opts.attribute);
        if (!attribute) throw new AppError('not-found', `There is no attribute called "${opts.attribute}".`);
        return client.call('queries.exportCsv', {
          query: 'matrixCoding',
          codeIds: commaList(opts.codes).map((p) => resolveCodePath(file, p, { create: false })),
          attributeId: attribute.id,
          measure: opts.measure as 'passages' | 'participants' | 'characters',
          ...(opts.coders === undefined ? {} : { coderIds: coderIdsByInitials(file, opts.coders) }),
        });
      });
      process.stdout.write(csv);
    });
}
