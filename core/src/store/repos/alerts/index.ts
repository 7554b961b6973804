export * from './raise';
export * from './records';
