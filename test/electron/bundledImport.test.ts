import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleMain, bundleParseWorker } from '../../electron/build/bundle.mjs';
import { NATIVE_BINARY_NAME } from '../../electron/build/nativeLayout.mjs';
import { makeDocx, para } from '../import/officeFixtures';
import { makePdf } from '../import/pdfFixture';
import { repoRoot } from '../support/paths';
import { makeCjkPdf } from './fixtures/cjkPdf';

// The desktop app's import, end to end, as packaged: the main bundle and the parse-worker
// bundle built with the real options, electron-builder.yml's extraResources laid out beside
// them, and the bundled main process started under plain Node (fixtures/packagedAppImport.mjs)
// with better-sqlite3 loaded through nativeBinding. Nothing can come from node_modules.

interface Result {
  fewFiles: { file: string; status: string; reason?: string }[];
  folder: { file: string; status: string; reason?: string }[];
  attributes: { created: number; updated: number };
  documents: { title: string; format: string; text: string }[];
  attributeNames: [string, string][];
  participants: [string, string[]][];
  errorBoxes: unknown[];
  workers: { started: string[]; answers: number; failures: string[] };
}

const appRoot = mkdtempSync(path.join(os.tmpdir(), 'coherence-packaged-'));
const electronDir = path.join(appRoot, 'resources', 'app.asar', 'dist', 'electron');
const inputs = path.join(appRoot, 'inputs');
const built: Record<'main' | 'parseWorker', { code: string; warnings: esbuild.Message[] }> = {
  main: { code: '', warnings: [] },
  parseWorker: { code: '', warnings: [] },
};
let run: SpawnSyncReturns<string>;
let result: Result;

/** Lays out electron-builder.yml's extraResources (the Node build of better-sqlite3 stands in for the Electron one). */
function copyExtraResources(): void {
  const builderRequire = createRequire(path.join(repoRoot, 'node_modules/app-builder-lib/package.json'));
  const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
  const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as { extraResources: { from: string; to: string }[] };
  for (const { from, to } of config.extraResources) {
    const target = path.join(appRoot, 'resources', to);
    mkdirSync(path.dirname(target), { recursive: true });
    if (to.endsWith(NATIVE_BINARY_NAME)) copyFileSync(path.join(repoRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), target);
    else cpSync(path.join(repoRoot, from), target, { recursive: true });
  }
}

async function writeInputs(): Promise<void> {
  const folder = path.join(inputs, 'wave-2');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(inputs, 'consent-call.pdf'),
    makePdf([['Interviewer: Thank you for joining (by phone).', 'P7: Happy to, caf\u00e9 closed.'], ['Interviewer: Last page.']]),
  );
  writeFileSync(path.join(inputs, 'field-notes.docx'), await makeDocx([para('Field notes — ward 4'), para('Night staff were short again.')].join('')));
  writeFileSync(path.join(inputs, 'tokyo-site.pdf'), makeCjkPdf('東京の病院での面接'));
  for (let n = 1; n <= 20; n++) {
    const id = String(n).padStart(2, '0');
    writeFileSync(path.join(folder, `note-${id}.txt`), `Note ${id}\r\nThe clinic saw ${n * 3} patients today.\r\n`);
  }
  writeFileSync(path.join(folder, 'late-call.pdf'), makePdf([['Interviewer: One more question.']]));
  writeFileSync(path.join(folder, 'kyoto-site.pdf'), makeCjkPdf('京都の診療所の記録'));
  writeFileSync(path.join(folder, 'debrief.docx'), await makeDocx(para('Team debrief: agreed the codebook.')));

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Participants');
  sheet.addRow(['Name', 'Role', 'Years in post']);
  sheet.addRow(['Amal', 'nurse', 12]);
  sheet.addRow(['Bryn', 'porter', 3]);
  await workbook.xlsx.writeFile(path.join(inputs, 'participants.xlsx'));
}

beforeAll(async () => {
  for (const [name, bundle] of [
    ['main', bundleMain],
    ['parseWorker', bundleParseWorker],
  ] as const) {
    const { outfile, warnings } = await bundle(path.join(electronDir, `${name}.cjs`));
    built[name] = { code: readFileSync(outfile, 'utf8'), warnings };
  }
  copyExtraResources();
  mkdirSync(path.join(appRoot, 'node_modules/electron'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'test/electron/fixtures/fakeElectron.cjs'), path.join(appRoot, 'node_modules/electron/index.js'));
  mkdirSync(path.join(appRoot, 'user-data'));
  await writeInputs();

  const resultFile = path.join(appRoot, 'result.json');
  run = spawnSync(process.execPath, [path.join(repoRoot, 'test/electron/fixtures/packagedAppImport.mjs'), appRoot, inputs, resultFile], {
    cwd: appRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`the packaged app failed (${run.status}):\n${run.stderr}\n${run.stdout}`);
  result = JSON.parse(readFileSync(resultFile, 'utf8')) as Result;
}, 180_000);

afterAll(() => rmSync(appRoot, { recursive: true, force: true }));

const textOf = (title: string) => result.documents.find((d) => d.title === title)?.text;

describe('the main and parse-worker bundles', () => {
  it('build without a single esbuild warning', async () => {
    for (const { warnings } of Object.values(built)) {
      expect(await esbuild.formatMessages(warnings, { kind: 'warning', color: false })).toEqual([]);
    }
  });

  it('leave nothing reading an empty import.meta (esbuild does not warn inside node_modules)', () => {
    for (const { code } of Object.values(built)) {
      expect(code).not.toMatch(/\bimport\.meta\b/);
      expect(code).not.toMatch(/\bimport_meta\d*\b/);
      // pdf.js's own uses now read the bundle's URL.
      expect(code).toContain('createRequire(__coherenceBundleUrl)');
    }
  });

  it('give the worker only Node built-ins to require, and pdf.js its worker module without a path import', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const requires = [...built.parseWorker.code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
    expect(requires.filter((m) => !builtins.has(m))).toEqual([]);
    for (const { code } of Object.values(built)) {
      expect(code).toContain('WorkerMessageHandler');
      expect(code).toContain('pdfjsWorker');
    }
  });
});

describe('the packaged app, started under Node, imports through IPC', () => {
  it('starts cleanly; pdf.js only notes, once per thread, that it cannot render (reading text needs no canvas)', () => {
    expect(result.errorBoxes).toEqual([]);
    const notices = run.stderr
      .split(/^(?=Warning: )/m)
      .filter((n) => n.trim() !== '')
      .map((n) => n.split('\n')[0]!.replace(/ package: .*/, ''));
    const perThread = [
      'Warning: Cannot load "@napi-rs/canvas"',
      'Warning: Cannot polyfill `ImageData`, rendering may be broken.',
      'Warning: Cannot polyfill `Path2D`, rendering may be broken.',
    ];
    // The main thread and the worker thread each loaded pdf.js once.
    expect(notices.sort()).toEqual([...perThread, ...perThread].sort());
  });

  it('reads a PDF, a Word file and a Japanese PDF on the main thread', () => {
    expect(result.fewFiles.map((r) => [r.file, r.status, r.reason])).toEqual([
      ['consent-call.pdf', 'imported', undefined],
      ['field-notes.docx', 'imported', undefined],
      ['tokyo-site.pdf', 'imported', undefined],
    ]);
    expect(textOf('consent-call')).toBe('Interviewer: Thank you for joining (by phone).\nP7: Happy to, café closed.\n\nInterviewer: Last page.');
    expect(textOf('field-notes')).toBe('Field notes — ward 4\n\nNight staff were short again.');
    // Readable only with pdf.js's cmaps, found in resources/pdfjs/cmaps.
    expect(textOf('tokyo-site')).toBe('東京の病院での面接');
  });

  it('parses a folder of 23 files on the bundled worker thread', () => {
    expect(result.folder).toHaveLength(23);
    expect(result.folder.filter((r) => r.status !== 'imported')).toEqual([]);
    expect(result.workers.started).toEqual([path.join(electronDir, 'parseWorker.cjs')]);
    expect(result.workers.failures).toEqual([]);
    // One answer per file: every file was parsed there, none fell back to the main thread.
    expect(result.workers.answers).toBe(23);
    expect(textOf('note-01')).toBe('Note 01\nThe clinic saw 3 patients today.\n');
    expect(textOf('note-20')).toBe('Note 20\nThe clinic saw 60 patients today.\n');
    expect(result.documents.filter((d) => d.title.startsWith('note-'))).toHaveLength(20);
    expect(textOf('late-call')).toBe('Interviewer: One more question.');
    expect(textOf('kyoto-site')).toBe('京都の診療所の記録');
    expect(textOf('debrief')).toBe('Team debrief: agreed the codebook.');
    expect(result.documents.find((d) => d.title === 'kyoto-site')?.format).toBe('pdf');
  });

  it('reads an Excel table of participant attributes', () => {
    expect(result.attributes).toMatchObject({ created: 2, updated: 2 });
    expect(result.attributeNames).toEqual([
      ['Role', 'text'],
      ['Years in post', 'number'],
    ]);
    expect(result.participants).toEqual([
      ['Amal', ['12', 'nurse']],
      ['Bryn', ['3', 'porter']],
    ]);
  });
});
