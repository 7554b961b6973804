export * from './members';
export * from './records';
export * from './stats';
