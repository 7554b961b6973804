export * from './annual';
export * from './annual-layout';
export * from './daily';
export * from './event';
export * from './scheduled';
export * from './sla';
