export { type AppType, createApp } from './app';
export { type ApiContext, type ApiSettings, defaultApiSettings } from './context';
export { runHealthChecks } from './routes/health';
export { readSseUntil, type SseEvent } from './routes/stream/sse-client';
