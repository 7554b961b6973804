export * from './http';
export * from './pii';
export * from './runtime';
