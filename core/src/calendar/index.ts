export * from './base-data';
export * from './calendar';
export * from './dates';
export * from './explain';
export * from './window';
export * from './working-days';
