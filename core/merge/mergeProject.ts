import path from 'node:path';
import { recordAction } from '../history/history';
import { AppError } from '../model/errors';
import type { Session } from '../session';
import { applyMerge } from './applyMerge';
import type { MergeOutcome, MergePlan } from './mergeTypes';
import { readMergeSide } from './mergeSide';
import { openOtherProject } from './openOtherProject';
import { planMerge } from './planMerge';

/**
 * Merge another Coherence project (a coder's copy) into the open one. The plan — what would be
 * added, what matches, what conflicts — is made first; a dry run returns it, and a blocking
 * conflict refuses the merge before anything is written. The merge is one transaction and one
 * undoable action, and merging the same copy again changes nothing.
 */
export function mergeProject(session: Session, otherPath: string, dryRun: boolean): MergeOutcome {
  const file = session.project;
  const other = openOtherProject(otherPath, file.path, { migrationsFolder: session.options.migrationsFolder, nativeBinding: session.options.nativeBinding });
  let plan: MergePlan;
  try {
    const theirs = readMergeSide(other.file);
    const ours = readMergeSide(file);
    const planned = planMerge(ours, theirs, otherPath);
    plan = planned.plan;
    if (dryRun) return { ...plan, merged: false };
    if (!plan.canMerge) {
      const blocking = plan.conflicts.filter((c) => c.blocking).map((c) => `${c.subject}: ${c.detail}.`);
      throw new AppError('conflict', `Nothing was merged. ${blocking.join(' ')}`, plan);
    }
    recordAction(file, `Merge ${path.basename(otherPath)}`, null, () => applyMerge(file, ours, theirs, planned.matches));
  } finally {
    other.close();
  }
  for (const event of ['documents.changed', 'codes.changed', 'coders.changed', 'participants.changed', 'attributes.changed', 'sets.changed', 'memos.changed', 'assignments.changed'] as const) {
    session.emit(event, {});
  }
  session.emit('codings.changed', { documentId: null });
  return { ...plan, merged: true };
}
