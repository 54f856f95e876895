import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { TestCore } from '../support/testCore';

/**
 * Coders' copies of one project, made the way a team makes them: the PI closes the project and
 * copies the file; each coder opens their copy and codes in it.
 */
export async function copyProject(t: TestCore, from: string, name: string): Promise<string> {
  if (t.core.session.hasProject && t.core.session.project.path === path.resolve(from)) await t.call('project.close', {});
  const to = path.join(t.dir, name);
  copyFileSync(from, to);
  return to;
}

export interface CoderWork {
  initials: string;
  /** [document index, code path, start, end] in UTF-16 units of the stored text. */
  codings: [number, string, number, number][];
  memo?: string;
}

/** Three coders' new work: each codes the same first three documents, overlapping and not. */
export const THREE_CODERS: CoderWork[] = [
  {
    initials: 'SO',
    codings: [
      [0, 'Realist/Context', 100, 260],
      [0, 'Realist/Mechanism', 300, 420],
      [1, 'Salutogenesis/Sense of coherence/Meaningfulness', 50, 180],
      [2, 'Collaborative care/Scheduled follow-up', 200, 330],
    ],
    memo: 'SO: the shop keeper is the only contact.',
  },
  {
    initials: 'EW',
    codings: [
      [0, 'Realist/Context', 110, 250],
      [0, 'Realist/Outcome', 300, 420],
      [1, 'Salutogenesis/Sense of coherence/Meaningfulness', 40, 190],
      [2, 'Collaborative care/Scheduled follow-up', 210, 330],
    ],
  },
  {
    initials: 'JC',
    codings: [
      [0, 'Realist/Context', 100, 260],
      [0, 'Realist/Mechanism', 310, 400],
      [1, 'Salutogenesis/Sense of coherence/Manageability', 50, 180],
      [2, 'Collaborative care/Scheduled follow-up', 200, 330],
    ],
    memo: 'JC: not sure this is mechanism.',
  },
];

/** Do one coder's work in the open project: codings, a memo on their first coding, documents marked complete. */
export async function doWork(t: TestCore, work: CoderWork): Promise<void> {
  const coder = (await t.call('coders.list', {})).find((c) => c.initials === work.initials)!;
  const docs = (await t.call('documents.list', {})).sort((a, b) => a.id - b.id);
  const codes = await t.call('codes.list', {});
  let first: number | undefined;
  for (const [doc, codePath, start, end] of work.codings) {
    const code = codes.find((c) => c.path === codePath);
    if (!code) throw new Error(`no code ${codePath}`);
    const made = await t.call('codings.create', { documentId: docs[doc]!.id, codeId: code.id, coderId: coder.id, start, end });
    first ??= made.id;
  }
  if (work.memo && first !== undefined) await t.call('memos.create', { target: { kind: 'coding', id: first }, body: work.memo, authorId: coder.id });
  for (const doc of [0, 1, 2]) await t.call('assignments.complete', { documentId: docs[doc]!.id, coderId: coder.id, completed: true });
}
