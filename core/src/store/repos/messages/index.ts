export * from './awaiting-reindex';
export * from './batch';
export * from './changes';
export * from './outbox';
export * from './records';
