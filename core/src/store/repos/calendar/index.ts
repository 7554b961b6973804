export * from './calendar';
export * from './changes';
