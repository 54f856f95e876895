import packageJson from '../package.json';

/** The running Coherence version, recorded in new projects. */
export const appVersion: string = packageJson.version;
