export * from './append';
export * from './read';
