export * from './alerts';
export * from './categories';
export * from './events';
export * from './model-cache';
export * from './models';
export * from './rota';
export * from './schemes';
export * from './training';
