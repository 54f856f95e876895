import type { Method, Result, ValidArgs } from './api';
import type { Session } from './session';
import { codebookHandlers } from './codebook/codebookHandlers';
import { coderHandlers } from './coders/coderHandlers';
import { codingHandlers } from './coding/codingHandlers';
import { comparisonHandlers } from './comparison/comparisonHandlers';
import { documentHandlers } from './documents/documentHandlers';
import { exchangeHandlers } from './exchange/exchangeHandlers';
import { frameworkHandlers } from './framework/frameworkHandlers';
import { memoHandlers } from './memos/memoHandlers';
import { participantHandlers } from './participants/participantHandlers';
import { projectHandlers } from './projects/projectHandlers';
import { realistHandlers } from './realist/realistHandlers';
import { searchHandlers } from './search/searchHandlers';

export type Handler<M extends Method> = (args: ValidArgs<M>, session: Session) => Result<M> | Promise<Result<M>>;
export type HandlerMap<M extends Method> = { [K in M]: Handler<K> };

/** Every method of the contract, implemented; a missing one is a compile error here. */
export const handlers: HandlerMap<Method> = {
  ...projectHandlers,
  ...documentHandlers,
  ...codebookHandlers,
  ...coderHandlers,
  ...codingHandlers,
  ...participantHandlers,
  ...searchHandlers,
  ...memoHandlers,
  ...comparisonHandlers,
  ...frameworkHandlers,
  ...realistHandlers,
  ...exchangeHandlers,
};
