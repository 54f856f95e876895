import { z } from 'zod';
import type { Coding } from '../model/types';
import { id } from './shared';
import { method } from './method';

export const codingContract = {
  'codings.create': method<Coding>()(
    z
      .object({ documentId: id, codeId: id, coderId: id, start: z.number().int().min(0), end: z.number().int() })
      .refine((a) => a.end > a.start, { message: 'a coding must cover at least one character (end > start)' }),
  ),
  'codings.delete': method<null>()(z.object({ codingId: id })),
};
