import type { z } from 'zod';

/**
 * One API method: the zod schema its arguments must pass at the boundary, and (as a type
 * only) what it answers. `method<Result>()(argsSchema)` keeps both in one line of the contract.
 */
export interface MethodSpec<A extends z.ZodType, R> {
  readonly args: A;
  /** Never set at run time; carries the result type. */
  readonly result?: R;
}

export function method<R>() {
  return <A extends z.ZodType>(args: A): MethodSpec<A, R> => ({ args });
}
