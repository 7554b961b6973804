export * from './fingerprint';
export * from './normalize';
export * from './pii';
export * from './region';
export * from './segment';
export * from './url';
