import type { Command } from 'commander';
import type { MergeOutcome } from '../../merge/mergeTypes';
import { withProject } from '../directClient';
import { printJson, printTable } from '../output';

/** `coherence merge`: bring a coder's copy of the project into this one (or, with --dry-run, say what that would do). */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description("bring another Coherence project (a coder's copy) into this one: documents by content, codes by path, coders by initials")
    .argument('<project>', 'the project to merge into')
    .argument('<other-project>', 'the project to bring in (it is not changed)')
    .option('--dry-run', 'only show what would be added, what matches and what conflicts')
    .option('--json', 'print the plan (or result) as JSON')
    .action(async (project: string, other: string, opts: { dryRun?: boolean; json?: boolean }) => {
      const outcome = await withProject(project, (client) => client.call('project.merge', { path: other, dryRun: Boolean(opts.dryRun) }));
      if (opts.json) printJson(outcome);
      else printOutcome(outcome);
    });
}

const LABELS: Record<keyof MergeOutcome['tallies'], string> = {
  documents: 'documents',
  codes: 'codes',
  coders: 'coders',
  participants: 'participants',
  attributes: 'attributes',
  attributeValues: 'attribute values',
  sets: 'document sets',
  codings: 'codings',
  memos: 'memos',
  assignments: 'assignments',
};

function printOutcome(outcome: MergeOutcome): void {
  const verb = outcome.merged ? 'Merged' : 'Would merge';
  process.stdout.write(`${verb} ${outcome.other.path} ("${outcome.other.name}")${outcome.other.sameProject ? '' : ' — not a copy of this project; matched by content'}\n`);
  printTable(
    Object.entries(outcome.tallies).map(([k, t]) => ({ what: LABELS[k as keyof MergeOutcome['tallies']], added: t.added, matched: t.matched, updated: t.updated })),
    ['what', 'added', 'matched', 'updated'],
  );
  for (const c of outcome.conflicts) process.stdout.write(`${c.blocking ? 'BLOCKS THE MERGE' : 'conflict'}: ${c.subject}: ${c.detail}\n`);
  for (const n of outcome.notCarried) process.stdout.write(`not merged: ${n.subject}: ${n.reason}\n`);
  if (!outcome.merged && !outcome.canMerge) process.stdout.write('The merge would be refused until the conflicts above are resolved.\n');
  process.stdout.write('Merging only adds: nothing in this project is deleted, even what the copy has deleted.\n');
}
