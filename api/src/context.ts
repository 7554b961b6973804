import type { Actor } from '@desk/core';
import type { Db } from '@desk/core/store';
import type { QueueConfig, Redis } from '@desk/queue';
import type { SearchConfig } from '@desk/search-config';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';

export interface ApiSettings {
  sessionTtlMinutes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  /** Folder of the built admin served at `/`; absent means the API only. */
  adminDist?: string;
}

/** Everything a request handler may reach. Built once per process by the launcher or a test. */
export interface ApiContext {
  db: Db;
  redis: Redis;
  search: { client: Meilisearch; config: SearchConfig };
  queue: QueueConfig;
  settings: ApiSettings;
  log: Logger;
}

export interface AppEnv {
  Variables: {
    ctx: ApiContext;
    requestId: string;
    actor: Actor;
    authVia: 'bearer' | 'cookie';
  };
}

export const defaultApiSettings: ApiSettings = {
  sessionTtlMinutes: 12 * 60,
  loginMaxFailures: 5,
  loginLockMinutes: 15,
  secureCookies: false,
};
