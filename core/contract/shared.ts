import { z } from 'zod';

/** Argument pieces several contracts share. */
export const id = z.number().int().positive();
export const ids = z.array(id).min(1);

export const importSource = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ name: z.string().min(1), base64: z.string() }),
]);

export const speakerMode = z.union([
  z.literal('auto'),
  z.literal('none'),
  z.object({ pattern: z.string().min(1, 'a speaker pattern cannot be empty') }),
]);

export const attributeScope = z.enum(['participant', 'document']);
export const attributeType = z.enum(['text', 'number', 'date', 'category']);
