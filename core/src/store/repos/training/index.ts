export * from './examples';
export * from './model-cache';
export * from './models';
export * from './sentiment';
