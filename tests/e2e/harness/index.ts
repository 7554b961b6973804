export * from './browser';
export * from './desk';
export * from './session';
