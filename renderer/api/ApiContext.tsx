import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiEvents, Args, EventName, Method, Result } from '../../core/api';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

export function useEvent<N extends EventName>(name: N, listener: (payload: ApiEvents[N]) => void): void {
  const api = useApi();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => api.on(name, (p) => latest.current(p)), [api, name]);
}

export interface QueryState<T> {
  data: T | undefined;
  error: Error | null;
  reload: () => void;
}

/**
 * Load a method's result, and load it again whenever one of the named events arrives: the
 * database is the source of truth and events say when it changed.
 */
export function useQuery<M extends Method>(method: M, args: Args<M> | null, refreshOn: EventName[] = []): QueryState<Result<M>> {
  const api = useApi();
  const [data, setData] = useState<Result<M>>();
  const [error, setError] = useState<Error | null>(null);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(args);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (args === null) {
      setData(undefined);
      return;
    }
    let live = true;
    api.call(method, args).then(
      (value) => live && (setData(value), setError(null)),
      (e: unknown) => live && setError(e instanceof Error ? e : new Error(String(e))),
    );
    return () => {
      live = false;
    };
  }, [api, method, key, version]);

  const events = refreshOn.join(',');
  useEffect(() => {
    // One change often sends several events (codings.changed, documents.changed,
    // history.changed). Reload at the first at once (the view must not lag behind), and once
    // more after the burst if more came, instead of once per event.
    let timer: number | undefined;
    let more = false;
    const soon = () => {
      if (timer !== undefined) {
        more = true;
        return;
      }
      reload();
      timer = window.setTimeout(() => {
        timer = undefined;
        if (more) reload();
        more = false;
      }, 30);
    };
    const offs = refreshOn.map((name) => api.on(name, soon));
    return () => {
      window.clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [api, events, reload]);

  return { data, error, reload };
}
