import { z } from 'zod';
import type { Memo } from '../model/codingTypes';
import { method } from './method';
import { id } from './shared';

export const memoTarget = z.union([
  z.object({ kind: z.literal('project') }),
  z.object({ kind: z.enum(['document', 'participant', 'code', 'coding']), id }),
]);

export const memosContract = {
  /** All memos (or one target's), newest first; `query` searches titles and text. */
  'memos.list': method<Memo[]>()(z.object({ target: memoTarget.optional(), query: z.string().optional() })),
  'memos.create': method<Memo>()(z.object({ target: memoTarget, title: z.string().optional(), body: z.string(), authorId: id.optional() })),
  'memos.update': method<Memo>()(z.object({ memoId: id, title: z.string().optional(), body: z.string().optional() })),
  'memos.delete': method<null>()(z.object({ memoId: id })),
};
