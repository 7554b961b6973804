export * from './records';
export * from './sign-in';
