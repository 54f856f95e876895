export interface Versions {
  electron: string;
  abi: string | null;
  betterSqlite3: string;
  betterSqlite3Dir: string;
}

export interface Step {
  cwd: string;
  /** Arguments for `node` (the first is the tool's script). */
  args: string[];
}

export interface NativePlan {
  electron: string;
  abi: string | null;
  betterSqlite3: string;
  betterSqlite3Dir: string;
  platform: string;
  arch: string;
  targetFile: string;
  stampFile: string;
  upToDate: boolean;
  stagingDir: string;
  prebuiltUrl: string | null;
  prebuildInstall: Step | null;
  nodeGyp: Step | null;
  nodeGypUnavailableReason: string | null;
}

export interface PlanInput {
  root?: string;
  outRoot?: string;
  platform?: string;
  arch?: string;
  force?: boolean;
  env?: Record<string, string | undefined>;
  hostPlatform?: string;
  hostArch?: string;
}

export declare const repoRoot: string;
export declare const ELECTRON_HEADERS_URL: string;
export declare function readVersions(root?: string): Versions;
export declare function findTools(
  versions: Versions,
  root?: string,
  env?: Record<string, string | undefined>,
): { prebuildInstall: string | null; nodeGyp: string | null };
export declare function cleanBuildEnv(env: Record<string, string | undefined>): Record<string, string>;
export declare function planElectronNative(input?: PlanInput): NativePlan;
export declare function looksLikeNativeModule(bytes: Uint8Array, platform: string, arch: string): boolean;
export declare function describePlan(plan: NativePlan): string;
export declare function ensureElectronNative(
  plan: NativePlan,
  options?: { log?: (line: string) => void; env?: Record<string, string | undefined>; stdio?: 'inherit' | 'ignore' | 'pipe' },
): 'up-to-date' | 'prebuild-install' | 'node-gyp';
export declare function parseArgs(argv: string[]): { dryRun: boolean; force: boolean; platform: string; arch: string };
