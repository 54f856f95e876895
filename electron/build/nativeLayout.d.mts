export declare const NATIVE_BINARY_NAME: string;
export declare const NATIVE_STAMP_NAME: string;
export declare const PACKAGED_NATIVE_FOLDER: string;
export declare function osKey(platform: string): 'linux' | 'win' | 'mac';
export declare function nodePlatform(osOrPlatform: string): 'linux' | 'win32' | 'darwin';
export declare function nativeBinaryDir(repoRoot: string, platform: string, arch: string): string;
export declare function nativeBinaryFile(repoRoot: string, platform: string, arch: string): string;
