import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../model/errors';
import { startWebServer } from '../../server/webServer';
import { cliPaths } from '../cliPaths';
import { directClient } from '../directClient';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('web mode: serve the app on 127.0.0.1 and print the address (with its secret token) to open')
    .argument('[project]', 'a project file to open first')
    .option('--port <port>', 'port to listen on (default: any free port)', (v) => Number.parseInt(v, 10))
    .action(async (project: string | undefined, opts: { port?: number }) => {
      if (!existsSync(path.join(cliPaths.rendererBuild, 'index.html'))) {
        throw new AppError('not-found', 'The user interface is not built yet; run "npm run build" (or use "npm run web").');
      }
      const client = directClient();
      if (project) await client.call('project.open', { path: project });
      const server = await startWebServer({ core: client.core, staticDir: cliPaths.rendererBuild, ...(opts.port ? { port: opts.port } : {}) });
      process.stdout.write(`Coherence is running. Open this address in your browser:\n${server.url}\n(Press Ctrl+C to stop.)\n`);
      const stop = () => {
        void server.close().then(() => {
          client.close();
          process.exit(0);
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
