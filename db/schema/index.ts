export * from './project';
export * from './coders';
export * from './documents';
export * from './codebook';
export * from './codings';
