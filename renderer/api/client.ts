import type { ApiEvent, ApiEvents, Args, EventName, Method, Result } from '../../core/api';
import { AppError } from '../../core/model/errors';
import type { Transport } from './transport';

/** The typed face of the API for the UI: call(method, args) resolves or throws AppError. */
export interface ApiClient {
  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
  on<N extends EventName>(name: N, listener: (payload: ApiEvents[N]) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, args) {
      const wire = await transport.invoke(method, args);
      if (!wire.ok) throw new AppError(wire.error.code, wire.error.message, wire.error.details);
      return wire.value as Result<typeof method>;
    },
    on(name, listener) {
      return transport.onEvent((event: ApiEvent) => {
        if (event.name === name) listener(event.payload as ApiEvents[typeof name]);
      });
    },
  };
}
