export * from './child';
export * from './meilisearch';
export * from './pidfile';
export * from './ports';
export * from './postgres';
export * from './redis';
export * from './test-tools';
