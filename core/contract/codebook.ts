import { z } from 'zod';
import type { Code } from '../model/types';
import { id } from './shared';
import { method } from './method';

export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');

export const codebookContract = {
  'codes.list': method<Code[]>()(z.object({})),
  'codes.create': method<Code>()(
    z.object({
      name: z.string().trim().min(1, 'a code needs a name'),
      parentId: id.nullable().optional(),
      colour: colour.optional(),
      description: z.string().optional(),
    }),
  ),
};
