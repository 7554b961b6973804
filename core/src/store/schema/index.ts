export * from './alerts';
export * from './audit';
export * from './meta';
export * from './org';
