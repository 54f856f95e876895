import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { startWebServer } from '../../core/server/webServer';
import { testCore } from '../support/testCore';
import { median, percentile, round, timeRuns, type Benchmark } from './benchmark';
import { largeCorpusFiles } from './corpusFiles';

export const foundationBench: Benchmark = {
  issue: 3,
  name: 'foundation',
  async run() {
    const t = testCore();
    try {
      const file = path.join(t.dir, 'hundred.coherence');
      await t.call('project.create', { path: file });
      const sources = largeCorpusFiles(100).map((f) => ({ name: path.basename(f, '.md') + '.txt', base64: readFileSync(f).toString('base64') }));
      await t.call('documents.import', { files: sources });
      await t.call('project.close', {});

      const openTimes = await timeRuns(20, async () => {
        await t.call('project.open', { path: file });
        await t.call('documents.list', {});
        await t.call('project.close', {});
      });

      await t.call('project.open', { path: file });
      const server = await startWebServer({ core: t.core, staticDir: t.dir });
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const body = JSON.stringify({ method: 'project.current', args: {} });
      const roundTrip = () =>
        new Promise<void>((resolve, reject) => {
          const req = request(
            {
              agent,
              host: '127.0.0.1',
              port: server.port,
              method: 'POST',
              path: '/rpc',
              headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
            },
            (res) => {
              res.resume();
              res.on('end', resolve);
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      const rpcTimes = await timeRuns(500, roundTrip, 20);
      agent.destroy();
      await server.close();

      return [
        { name: 'open a project with 100 documents (open + list)', value: round(median(openTimes)), unit: 'ms', budget: 150, detail: { p95: round(percentile(openTimes, 95)), runs: openTimes.length } },
        { name: 'API round trip over HTTP (project.current)', value: round(median(rpcTimes), 3), unit: 'ms', budget: 5, detail: { p95: round(percentile(rpcTimes, 95), 3), runs: rpcTimes.length } },
      ];
    } finally {
      t.close();
    }
  },
};
