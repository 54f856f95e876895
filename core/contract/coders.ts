import { z } from 'zod';
import type { Coder } from '../model/types';
import { method } from './method';

import { id } from './shared';

export const codersContract = {
  /** Who is coding on this machine: their initials go into the activity history of every change. */
  'coders.setCurrent': method<null>()(z.object({ coderId: id.nullable() })),
  'coders.list': method<Coder[]>()(z.object({})),
  'coders.create': method<Coder>()(
    z.object({
      name: z.string().trim().min(1, 'a coder needs a name'),
      initials: z
        .string()
        .trim()
        .min(1, 'a coder needs initials')
        .max(8, 'initials are at most 8 characters')
        .regex(/^[\p{L}\p{N}]+$/u, 'initials are letters or digits only'),
    }),
  ),
};
