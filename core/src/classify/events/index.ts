export * from './batch';
export * from './cluster';
export * from './hotness';
export * from './title';
export * from './vector';
