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

  it('reads trusted proxies, the public address and the sign-in limits', () => {
    const env = loadEnv({
      TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,loopback',
      PUBLIC_URL: 'https://desk.example.cn/',
    });
    expect(env.TRUST_PROXY).toEqual(['127.0.0.1', '10.0.0.0/8', 'loopback']);
    expect(env.publicUrl).toBe('https://desk.example.cn');
    expect(loadEnv({ PORT: '9000' })).toMatchObject({ TRUST_PROXY: [], publicUrl: 'http://localhost:9000' });
    expect(loadEnv({}).LOGIN_MAX_FAILURES).toBe(5);
  });

  it('stops with a message naming a bad TRUST_PROXY or PUBLIC_URL', () => {
    expect(() => loadEnv({ TRUST_PROXY: '10.0.0.0/8,everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => loadEnv({ PUBLIC_URL: 'ftp://desk.example.cn' })).toThrow(/PUBLIC_URL/);
  });

  it('gives every Redis key prefix a Redis Cluster hash tag', () => {
    expect(loadEnv({}).REDIS_PREFIX).toBe('{desk}');
    expect(loadEnv({ REDIS_PREFIX: 'city-a' }).REDIS_PREFIX).toBe('{city-a}');
    expect(loadEnv({ REDIS_PREFIX: '{city-b}' }).REDIS_PREFIX).toBe('{city-b}');
    expect(() => loadEnv({ REDIS_PREFIX: 'a:b' })).toThrow(/REDIS_PREFIX/);
  });

  it('runs only the API or only the workers against shared servers, never the embedded ones', () => {
    expect(() => loadEnv({ DESK_PROCESSES: 'worker' })).toThrow(
      /DESK_PROCESSES.*DATABASE_URL, REDIS_URL and MEILI_URL/,
    );
    const shared = {
      DATABASE_URL: 'postgres://desk@db.example/desk',
      REDIS_URL: 'redis://redis.example:6379',
      MEILI_URL: 'http://search.example:7700',
      MEILI_MASTER_KEY: 'a-key-of-sixteen-chars',
    };
    expect([...loadEnv({ ...shared, DESK_PROCESSES: 'api' }).DESK_PROCESSES]).toEqual(['api']);
    expect([...loadEnv({ ...shared, DESK_PROCESSES: 'worker' }).DESK_PROCESSES]).toEqual(['worker']);
    expect(() => loadEnv({ ...shared, DESK_PROCESSES: 'api,cron' })).toThrow(/DESK_PROCESSES/);
  });

  it('serves metrics only when METRICS_PORT is set, on the loopback interface by default', () => {
    expect(loadEnv({}).METRICS_PORT).toBeUndefined();
    expect(loadEnv({ METRICS_PORT: '9464' })).toMatchObject({
      METRICS_PORT: 9464,
      METRICS_HOST: '127.0.0.1',
    });
  });
});
