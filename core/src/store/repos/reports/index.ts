export * from './annual';
export * from './annual-layout';
export * from './daily';
export * from './sla';
