export * from './drafts';
export * from './legal-challenges';
export * from './responses';
export * from './templates';
