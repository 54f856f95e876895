import { z } from 'zod';
import type { Coder } from '../model/types';
import { method } from './method';

export const codersContract = {
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
