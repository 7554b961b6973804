export * from './actors';
export * from './http';
export * from './runtime';
