import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleMain, bundlePreload, mainBuildOptions, MAIN_EXTERNALS } from '../../electron/build/bundle.mjs';
import { repoRoot } from '../support/paths';

const out = mkdtempSync(path.join(os.tmpdir(), 'coherence-bundles-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The module names a CommonJS bundle still require()s with a literal string. */
function literalRequires(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

interface Exposed {
  name: string;
  api: Record<string, (...args: unknown[]) => unknown>;
}

/** Runs the preload bundle as Electron's sandbox would, with a recording stand-in for 'electron'. */
function runPreload(code: string) {
  const exposed: Exposed[] = [];
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const required: string[] = [];
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return Promise.resolve({ ok: true, value: 'answer' });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
  };
  const electron = { contextBridge: { exposeInMainWorld: (name: string, api: Exposed['api']) => exposed.push({ name, api }) }, ipcRenderer };
  const sandboxRequire = (id: string) => {
    required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${id}`);
  };
  const module = { exports: {} };
  vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
  return { exposed, invoked, listeners, required };
}

describe('the preload bundle', () => {
  const outfile = path.join(out, 'preload.cjs');
  let code = '';

  it('builds into one CommonJS file that requires nothing but electron', async () => {
    const { warnings } = await bundlePreload(outfile);
    expect(warnings).toEqual([]);
    expect(readdirSync(out).filter((f) => f.startsWith('preload'))).toEqual(['preload.cjs']);
    code = readFileSync(outfile, 'utf8');
    expect(literalRequires(code)).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
    expect(code.match(/\brequire\(/g)).toHaveLength(1);
  });

  it('exposes window.coherence with invoke and onEvent only', () => {
    const { exposed, required } = runPreload(code);
    expect(required).toEqual(['electron']);
    expect(exposed.map((e) => e.name)).toEqual(['coherence']);
    expect(Object.keys(exposed[0]!.api).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('forwards invoke on the coherence:invoke channel and returns its answer', async () => {
    const { exposed, invoked } = runPreload(code);
    const answer = await exposed[0]!.api.invoke!('project.open', { path: '/home/so/Pilot.coherence' });
    expect(invoked).toEqual([['coherence:invoke', 'project.open', { path: '/home/so/Pilot.coherence' }]]);
    expect(answer).toEqual({ ok: true, value: 'answer' });
  });

  it('hands listeners the event without the IPC event object, and unsubscribes', () => {
    const { exposed, listeners } = runPreload(code);
    const received: unknown[][] = [];
    const unsubscribe = exposed[0]!.api.onEvent!((...args: unknown[]) => received.push(args)) as () => void;
    const channel = listeners.get('coherence:event')!;
    expect(channel.size).toBe(1);
    const ipcEvent = { sender: { send: () => {} }, ports: [] };
    for (const forward of channel) forward(ipcEvent, { name: 'menu.command', payload: 'undo' });
    expect(received).toEqual([[{ name: 'menu.command', payload: 'undo' }]]);
    unsubscribe();
    expect(channel.size).toBe(0);
  });
});

describe('the main bundle', () => {
  it('carries the core and its libraries, leaving only electron and Node built-ins to require()', async () => {
    const outfile = path.join(out, 'main.cjs');
    await bundleMain(outfile);
    const code = readFileSync(outfile, 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const others = literalRequires(code).filter((m) => !builtins.has(m));
    expect(others).toEqual(MAIN_EXTERNALS);
    expect(code).toContain('coherence:invoke');
    expect(code).toContain('registerSchemesAsPrivileged');
    // better-sqlite3's JavaScript is inside; only its native half comes from outside.
    expect(code).toContain('nativeBinding');
  });

  it('runs the bundled core under Node, loading better-sqlite3 only through nativeBinding', async () => {
    const entry = path.join(repoRoot, 'test/electron/fixtures/bundledCoreEntry.ts');
    const outfile = path.join(out, 'bundled-core.cjs');
    await esbuild.build({ ...mainBuildOptions(outfile), entryPoints: [entry], sourcemap: false });
    const run = (nativeBinding: string) =>
      spawnSync(process.execPath, [outfile, mkdtempSync(path.join(out, 'user-')), nativeBinding, path.join(repoRoot, 'db/migrations'), path.join(repoRoot, 'resources/sample')], {
        // Run from outside the repository, so nothing can be found in node_modules by accident.
        cwd: out,
        encoding: 'utf8',
      });

    const nodeBuild = path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const ok = run(nodeBuild);
    expect(ok.stderr).toBe('');
    const result = JSON.parse(ok.stdout) as {
      created: { ok: boolean; value: { name: string; path: string } };
      recent: { ok: boolean; value: { name: string }[] };
      events: string[];
    };
    expect(result.created.ok).toBe(true);
    expect(result.created.value.name).toBe('Bundled study');
    expect(result.recent.value.map((p) => p.name)).toEqual(['Bundled study']);
    expect(result.events).toContain('project.changed');

    // With a binding that is not there, opening fails and names it: nothing else was tried.
    const missing = JSON.parse(run(path.join(out, 'no-such-dir', 'better_sqlite3.node')).stdout) as {
      created: { ok: false; error: { message: string } };
    };
    expect(missing.created.ok).toBe(false);
    expect(missing.created.error.message).toContain(path.join('no-such-dir', 'better_sqlite3.node'));
  });
});
