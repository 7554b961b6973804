export * from './charts';
export * from './daily-briefing';
export * from './document';
export * from './event-report';
export * from './fonts';
export * from './labels';
export * from './render-docx';
export * from './render-html';
