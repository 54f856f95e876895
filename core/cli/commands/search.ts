import type { Command } from 'commander';
import { withProject } from '../directClient';
import { printJson } from '../output';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over every document: words (all must occur), "a phrase", prefix*')
    .argument('<project>', 'the project file')
    .argument('<query>', 'what to look for')
    .option('--limit <n>', 'at most this many hits', (v) => Number.parseInt(v, 10), 200)
    .option('--json', 'print the hits as JSON (offsets in UTF-16 code units)')
    .action(async (project: string, query: string, opts: { limit: number; json?: boolean }) => {
      const result = await withProject(project, (client) => client.call('search.query', { query, limit: opts.limit }));
      if (opts.json) return printJson(result);
      for (const h of result.hits) process.stdout.write(`${h.title}: …${h.before}[${h.match}]${h.after}…\n`);
      process.stdout.write(`${result.total}${result.totalIsExact ? '' : '+'} hits in ${result.documents} documents${result.truncated ? ' (list cut at the limit)' : ''}\n`);
    });
}
