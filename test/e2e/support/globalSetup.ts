import { build } from 'vite';

/** The browser tests run the real renderer build, built fresh once per run. */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
