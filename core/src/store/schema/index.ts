export * from './alerts';
export * from './audit';
export * from './ingest';
export * from './meta';
export * from './org';
