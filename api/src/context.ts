import type { Actor } from '@desk/core';
import type { Db } from '@desk/core/store';
import type { QueueConfig, Redis } from '@desk/queue';
import type { SearchConfig } from '@desk/search-config';
import type { Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';

export interface ApiSettings {
  sessionTtlMinutes: number;
  /** Failed sign-ins per username, and per client address, before 429 for `loginLockMinutes`. */
  loginMaxFailures: number;
  loginMaxFailuresPerAddress: number;
  loginLockMinutes: number;
  /** Always set the Secure flag on the session cookie (it is set anyway when the request is HTTPS). */
  secureCookies: boolean;
  /** Proxies (addresses, CIDRs, `loopback` …) whose X-Forwarded-For / X-Forwarded-Proto are believed. */
  trustProxy: readonly string[];
  /** The desk's public address, for links in the public feeds (never taken from the Host header). */
  publicUrl: string;
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
  loginMaxFailuresPerAddress: 30,
  loginLockMinutes: 15,
  secureCookies: false,
  trustProxy: [],
  publicUrl: 'http://localhost:8080',
};
