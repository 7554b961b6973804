export * from './failures';
export * from './records';
