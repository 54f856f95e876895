import type { Args, Method, Result } from '../api';
import { createCore, type Core } from '../createCore';
import { AppError } from '../model/errors';
import { cliPaths } from './cliPaths';

/** The CLI's transport: direct calls into a core in this process, unwrapped. */
export interface DirectClient {
  readonly core: Core;
  call<M extends Method>(method: M, args: Args<M>): Promise<Result<M>>;
  close(): void;
}

export function directClient(
  core: Core = createCore({
    migrationsFolder: cliPaths.migrationsFolder,
    sampleFolder: cliPaths.sampleFolder,
    userDataDir: cliPaths.userDataDir,
    parseWorker: cliPaths.parseWorker,
  }),
): DirectClient {
  return {
    core,
    async call(method, args) {
      const wire = await core.handle(method, args);
      if (!wire.ok) throw new AppError(wire.error.code, wire.error.message, wire.error.details);
      return wire.value as Result<typeof method>;
    },
    close: () => core.close(),
  };
}

/** Open the project named on the command line and run `work` against it, closing afterwards. */
export async function withProject<T>(projectPath: string, work: (client: DirectClient) => Promise<T>): Promise<T> {
  const client = directClient();
  try {
    await client.call('project.open', { path: projectPath });
    return await work(client);
  } finally {
    client.close();
  }
}
