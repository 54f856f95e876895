import type { BuildOptions, Message } from 'esbuild';

export declare const repoRoot: string;
export declare const MAIN_EXTERNALS: string[];
export declare function mainBuildOptions(outfile?: string): BuildOptions & { outfile: string };
export declare function parseWorkerBuildOptions(outfile?: string): BuildOptions & { outfile: string };
export declare function preloadBuildOptions(outfile?: string): BuildOptions & { outfile: string };
export declare function bundleMain(outfile?: string): Promise<{ outfile: string; warnings: Message[] }>;
export declare function bundleParseWorker(outfile?: string): Promise<{ outfile: string; warnings: Message[] }>;
export declare function bundlePreload(outfile?: string): Promise<{ outfile: string; warnings: Message[] }>;
