export * from './apply';
export * from './client';
export * from './settings';
