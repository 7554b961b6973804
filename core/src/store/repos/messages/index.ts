export * from './batch';
export * from './outbox';
export * from './records';
