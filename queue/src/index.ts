export * from './alerts';
export * from './events';
export * from './queues';
export * from './redis';
export * from './subscribe';
