export * from './domain/department';
export * from './domain/user';
export * from './errors';
export * from './rules/access';
