import type { Memo, MemoTarget } from '../../../core/model/codingTypes';

export type MemoKind = MemoTarget['kind'];

export const memoKinds: { kind: MemoKind; label: string; plural: string }[] = [
  { kind: 'project', label: 'Project', plural: 'Project' },
  { kind: 'document', label: 'Document', plural: 'Documents' },
  { kind: 'participant', label: 'Participant', plural: 'Participants' },
  { kind: 'code', label: 'Code', plural: 'Codes' },
  { kind: 'coding', label: 'Coding', plural: 'Codings' },
];

export const kindLabel = (kind: MemoKind) => memoKinds.find((k) => k.kind === kind)!.label;

/** What a memo is about without its kind ("Code: Trust" -> "Trust"); the kind is shown as a badge. */
export function aboutText(memo: Memo): string {
  const prefix = `${kindLabel(memo.target.kind)}: `;
  return memo.targetLabel.startsWith(prefix) ? memo.targetLabel.slice(prefix.length) : memo.targetLabel;
}

/** A target written as one string, for a <select> value, and back. */
export const targetKey = (t: MemoTarget) => (t.kind === 'project' ? 'project' : `${t.kind}:${t.id}`);
export function targetFromKey(key: string): MemoTarget {
  const [kind, id] = key.split(':');
  return kind === 'project' || !id ? { kind: 'project' } : { kind: kind as Exclude<MemoKind, 'project'>, id: Number(id) };
}
