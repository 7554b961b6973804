import pino, { type Logger } from 'pino';

/** JSON logs on stdout; secrets and personal data never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        'headers["x-api-key"]',
        'contact',
        '*.contact',
      ],
      censor: '[redacted]',
    },
  });
}
