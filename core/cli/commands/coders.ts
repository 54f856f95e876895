import type { Command } from 'commander';
import { withProject } from '../directClient';

export function registerCoders(program: Command): void {
  const coders = program.command('coders').description('the people who code');
  coders
    .command('add')
    .description('add a coder (every coding records its coder)')
    .argument('<project>', 'the project file')
    .argument('<initials>', 'initials, e.g. SO')
    .argument('<name>', 'full name, e.g. "Sam Okoro"')
    .action(async (project: string, initials: string, name: string) => {
      const coder = await withProject(project, (client) => client.call('coders.create', { name, initials }));
      process.stdout.write(`Added coder ${coder.initials} (${coder.name})\n`);
    });
}
