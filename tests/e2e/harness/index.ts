export * from './api';
export * from './browser';
export * from './desk';
export * from './feed';
export * from './layout';
export * from './session';
export * from './ui';
