import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetFromContext } from '../../electron/build/beforePack.mjs';
import { mainBuildOptions, parseWorkerBuildOptions } from '../../electron/build/bundle.mjs';
import { NATIVE_BINARY_NAME, nativeBinaryFile } from '../../electron/build/nativeLayout.mjs';
import { PROJECT_EXTENSION } from '../../electron/main/projectFileArgs';
import { resolveShellPaths } from '../../electron/main/shellPaths';
import { repoRoot } from '../support/paths';

// The YAML parser and the validator electron-builder itself uses (app-builder-lib's own copies).
const builderRequire = createRequire(path.join(repoRoot, 'node_modules/app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
const AjvClass = (builderRequire('ajv') as { default: new (o: object) => { compile(schema: unknown): Validate } }).default;
const scheme = JSON.parse(readFileSync(builderRequire.resolve('./scheme.json'), 'utf8')) as {
  properties: Record<string, unknown>;
};
// The same options as app-builder-lib/out/util/config/schemaValidator.js.
const validate = new AjvClass({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(scheme);

interface FileSet {
  from: string;
  to: string;
}
interface BuilderConfig {
  appId: string;
  beforePack: string;
  productName: string;
  directories: { output: string; buildResources: string };
  npmRebuild: boolean;
  files: string[];
  asarUnpack: string[];
  extraResources: FileSet[];
  fileAssociations: { ext: string; name: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const config = yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  main: string;
  scripts?: Record<string, string>;
  devDependencies: Record<string, string>;
};

function problems(data: unknown): string[] {
  // Validation may coerce values; check a copy.
  const copy = structuredClone(data);
  return validate(copy) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('electron-builder.yml against electron-builder’s schema', () => {
  it('is valid', () => {
    expect(problems(config)).toEqual([]);
  });

  it('uses only keys the schema knows at the top level', () => {
    for (const key of Object.keys(config)) expect(Object.keys(scheme.properties), key).toContain(key);
  });

  it('is checked by a validator that really rejects mistakes', () => {
    expect(problems({ ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } }).length).toBeGreaterThan(0);
    expect(problems({ ...config, npmRebuld: false }).length).toBeGreaterThan(0);
    expect(problems({ ...config, fileAssociations: [{ name: 'no extension' }] }).length).toBeGreaterThan(0);
  });
});

describe('electron-builder.yml settings', () => {
  it('names the app and builds AppImage, deb, NSIS and DMG into release/', () => {
    expect(config.appId).toBe('org.coherence.desktop');
    expect(config.productName).toBe('Coherence');
    expect(config.directories.output).toBe('release');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('never rebuilds the checkout’s native modules', () => {
    expect(config.npmRebuild).toBe(false);
    const scripts = Object.values(packageJson.scripts ?? {}).join('\n');
    expect(scripts).not.toMatch(/install-app-deps|electron-rebuild|@electron\/rebuild/);
    expect(packageJson.scripts?.postinstall ?? '').not.toMatch(/electron/);
  });

  it('fetches the target’s native binary before packing each platform and arch', () => {
    expect(config.beforePack).toBe('./electron/build/beforePack.mjs');
    expect(existsSync(path.join(repoRoot, config.beforePack))).toBe(true);
    // electron-builder passes its Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
    expect(targetFromContext({ electronPlatformName: 'linux', arch: 1 })).toEqual({ platform: 'linux', arch: 'x64' });
    expect(targetFromContext({ electronPlatformName: 'win32', arch: 3 })).toEqual({ platform: 'win32', arch: 'arm64' });
    expect(targetFromContext({ electronPlatformName: 'mas', arch: 'arm64' })).toEqual({ platform: 'darwin', arch: 'arm64' });
    expect(() => targetFromContext({ electronPlatformName: 'darwin', arch: 4 })).toThrow('Universal macOS builds');
    expect(() => targetFromContext({ electronPlatformName: 'linux', arch: 9 })).toThrow('Unknown electron-builder arch 9');
  });

  it('switches the fuses as the security checklist asks', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the bundles, the renderer build and package.json', () => {
    expect(config.files).toEqual(['package.json', 'dist/electron/**', 'dist/renderer/**', '!dist/**/*.map', '!node_modules/**']);
    expect(config.asarUnpack).toContain('**/*.node');
    // package.json's main is the main bundle, which the files list includes.
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(path.relative(repoRoot, mainBuildOptions().outfile).split(path.sep).join('/')).toBe(packageJson.main);
  });

  it('associates .coherence files with the app', () => {
    expect(config.fileAssociations).toHaveLength(1);
    expect(`.${config.fileAssociations[0]!.ext}`).toBe(PROJECT_EXTENSION);
    expect(config.fileAssociations[0]!.name).toBe('Coherence project');
  });

  it('points at icons that exist', () => {
    expect(existsSync(path.join(repoRoot, config.win.icon))).toBe(true);
    expect(existsSync(path.join(repoRoot, config.mac.icon))).toBe(true);
    expect(existsSync(path.join(repoRoot, config.linux.icon, '512x512.png'))).toBe(true);
  });
});

describe('electron-builder.yml and the packaged paths agree', () => {
  const packaged = resolveShellPaths({
    isPackaged: true,
    appPath: '/opt/Coherence/resources/app.asar',
    resourcesPath: '/opt/Coherence/resources',
    userDataDir: '/home/so/.config/Coherence',
    platform: 'linux',
    arch: 'x64',
  });
  const resource = (to: string) => path.join('/opt/Coherence/resources', to);
  const byTo = new Map(config.extraResources.map((r) => [r.to, r.from]));

  it('ships the migrations and the sample where the main process looks for them', () => {
    expect(resource('migrations')).toBe(packaged.migrationsFolder);
    expect(resource('sample')).toBe(packaged.sampleFolder);
    expect(byTo.get('migrations')).toBe('db/migrations');
    expect(byTo.get('sample')).toBe('resources/sample');
    expect(existsSync(path.join(repoRoot, 'db/migrations/meta/_journal.json'))).toBe(true);
    expect(existsSync(path.join(repoRoot, 'resources/sample'))).toBe(true);
  });

  it('ships pdf.js’s cmaps and standard fonts where the main process tells the core to find them', () => {
    expect(resource('pdfjs/cmaps')).toBe(packaged.pdfjsAssets.cMapDir);
    expect(resource('pdfjs/standard_fonts')).toBe(packaged.pdfjsAssets.standardFontDir);
    expect(byTo.get('pdfjs/cmaps')).toBe('node_modules/pdfjs-dist/cmaps');
    expect(byTo.get('pdfjs/standard_fonts')).toBe('node_modules/pdfjs-dist/standard_fonts');
    expect(existsSync(path.join(repoRoot, 'node_modules/pdfjs-dist/cmaps/UniJIS-UCS2-H.bcmap'))).toBe(true);
    expect(existsSync(path.join(repoRoot, 'node_modules/pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'))).toBe(true);
  });

  it('packs the parse worker bundle inside app.asar, where the main process starts it', () => {
    const outfile = path.relative(repoRoot, parseWorkerBuildOptions().outfile).split(path.sep).join('/');
    expect(outfile).toBe('dist/electron/parseWorker.cjs');
    expect(config.files).toContain('dist/electron/**');
    expect(packaged.parseWorker).toBe(path.join('/opt/Coherence/resources/app.asar', outfile));
  });

  it('ships the target’s Electron-ABI better-sqlite3 where the main process loads it', () => {
    const native = config.extraResources.find((r) => r.to.endsWith(NATIVE_BINARY_NAME))!;
    expect(resource(native.to)).toBe(packaged.nativeBinding);
    // electron-builder expands ${os} and ${arch} per target: the same folders electronNative.mjs fills.
    for (const [os, platform, arch] of [
      ['linux', 'linux', 'x64'],
      ['win', 'win32', 'x64'],
      ['mac', 'darwin', 'arm64'],
    ] as const) {
      const from = native.from.replace('${os}', os).replace('${arch}', arch);
      expect(path.join(repoRoot, from)).toBe(nativeBinaryFile(repoRoot, platform, arch));
    }
  });
});
