import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';

describe('loadEnv', () => {
  it('reads the alert e-mail relay and sender', () => {
    const env = loadEnv({
      SMTP_URL: 'smtp://desk:secret@mail.example:587',
      ALERT_MAIL_FROM: '舆情值班 <desk@example.org>',
    });
    expect(env).toMatchObject({
      SMTP_URL: 'smtp://desk:secret@mail.example:587',
      ALERT_MAIL_FROM: '舆情值班 <desk@example.org>',
    });
    expect(loadEnv({}).SMTP_URL).toBeUndefined();
  });

  it('stops with a message naming a bad SMTP_URL or a missing sender', () => {
    expect(() => loadEnv({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
    expect(() => loadEnv({ SMTP_URL: 'smtp://mail.example:25' })).toThrow(/ALERT_MAIL_FROM/);
  });

  it('gives every Redis key prefix a Redis Cluster hash tag', () => {
    expect(loadEnv({}).REDIS_PREFIX).toBe('{desk}');
    expect(loadEnv({ REDIS_PREFIX: 'city-a' }).REDIS_PREFIX).toBe('{city-a}');
    expect(loadEnv({ REDIS_PREFIX: '{city-b}' }).REDIS_PREFIX).toBe('{city-b}');
    expect(() => loadEnv({ REDIS_PREFIX: 'a:b' })).toThrow(/REDIS_PREFIX/);
  });
});
