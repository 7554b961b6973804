export * from './append';
export * from './read';
export * from './table';
export * from './views';
