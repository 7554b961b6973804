export * from './base-data';
export * from './calendar';
export * from './dates';
export * from './explain';
export * from './working-days';
