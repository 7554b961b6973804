export * from './apply';
export * from './chinese';
export * from './client';
export * from './ensure';
export * from './index-events';
export * from './message-document';
export * from './settings';
export * from './similar-cases';
