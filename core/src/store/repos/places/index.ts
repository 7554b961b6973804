export * from './gazetteer';
export * from './records';
export * from './seed';
