export * from './alerts';
export * from './audit';
export * from './cases';
export * from './ingest';
export * from './meta';
export * from './org';
export * from './replies';
export * from './topics';
