export * from './http';
export * from './pii';
export * from './pipeline';
export * from './runtime';
