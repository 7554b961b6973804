import { resolve } from 'node:path';
import { DEFAULT_PREFIX, withHashTag } from '@desk/queue';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65_535);
const count = (max: number) => z.coerce.number().int().min(1).max(max);
/** One trusted proxy: an address, a CIDR range or a name proxy-addr knows. */
const proxyEntry = z.union([
  z.ipv4(),
  z.ipv6(),
  z.cidrv4(),
  z.cidrv6(),
  z.enum(['loopback', 'linklocal', 'uniquelocal']),
]);

/** Every variable the desk reads; `.env.example` documents the same list. */
export const EnvSchema = z
  .object({
    PORT: port.default(8080),
    HOST: z.string().default('0.0.0.0'),
    DESK_DATA_DIR: z.string().default('./data'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    REDIS_PORT: port.optional(),
    /** Key prefix of one desk in Redis, always a Redis Cluster hash tag: `desk` and `{desk}` both mean `{desk}`. */
    REDIS_PREFIX: z
      .string()
      .regex(/^(\{[a-z0-9_-]+\}|[a-z0-9_-]+)$/i, 'letters, digits, _ or -, optionally in {braces}')
      .default(DEFAULT_PREFIX)
      .transform(withHashTag),
    MEILI_URL: z.url({ protocol: /^https?$/ }).optional(),
    MEILI_MASTER_KEY: z.string().min(16).optional(),
    MEILI_PORT: port.optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]*$/i)
      .default(''),
    MEILI_MAX_INDEXING_MEMORY: z.string().default('1 GiB'),
    DESK_DEMO: flag.optional(),
    /** With the demo: a year of history on the first start (`0`: only the live demo feed). */
    DESK_DEMO_HISTORY: flag.default(true),
    DESK_PROCESSES: z
      .string()
      .default('api,worker')
      .transform((s) => new Set(s.split(',').map((p) => p.trim())))
      .pipe(z.set(z.enum(['api', 'worker'])).min(1)),
    SESSION_TTL_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60)
      .default(12 * 60),
    SECURE_COOKIES: flag.default(false),
    /** Comma-separated proxies whose X-Forwarded-For / -Proto are believed; empty = none. */
    TRUST_PROXY: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      )
      .pipe(z.array(proxyEntry)),
    /** The address users and the portal reach the desk at; links in the public feeds are built from it. */
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    LOGIN_MAX_FAILURES: count(100).default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: count(10_000).default(30),
    LOGIN_LOCK_MINUTES: count(24 * 60).default(15),
    /** Prometheus metrics of this process at http://METRICS_HOST:METRICS_PORT/metrics; unset = none. */
    METRICS_PORT: port.optional(),
    METRICS_HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Alert e-mail relay (smtp://user:pass@host:587) and sender; without them e-mail channels are skipped. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    ALERT_MAIL_FROM: z.string().regex(/@/, 'must contain an e-mail address').optional(),
    /** Who gets the daily briefing by e-mail (comma-separated addresses); leaders always get it in the desk. */
    BRIEFING_MAIL_TO: z
      .string()
      .optional()
      .transform((v) =>
        v
          ? v
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean)
          : [],
      )
      .pipe(z.array(z.email())),
    /** Named in the User-Agent sent to every site the desk reads: an e-mail address or a web page. */
    DESK_CRAWLER_CONTACT: z
      .string()
      .trim()
      .max(200)
      .regex(/^[^\s()<>;]+$/, 'an e-mail address or a URL without spaces')
      .optional(),
    /** Let pasted links reach private-network and loopback addresses (an intranet portal; tests). */
    DESK_FETCH_PRIVATE_ADDRESSES: flag.default(false),
  })
  .refine((e) => !e.MEILI_URL || e.MEILI_MASTER_KEY, {
    message: 'MEILI_MASTER_KEY is required when MEILI_URL is set',
    path: ['MEILI_MASTER_KEY'],
  })
  .refine((e) => !e.SMTP_URL || e.ALERT_MAIL_FROM, {
    message: 'ALERT_MAIL_FROM is required when SMTP_URL is set',
    path: ['ALERT_MAIL_FROM'],
  })
  // Split processes share the engines: PGlite and the child Redis / Meilisearch belong to one process.
  .refine((e) => e.DESK_PROCESSES.size === 2 || (e.DATABASE_URL && e.REDIS_URL && e.MEILI_URL), {
    message: 'DESK_PROCESSES=api or worker needs DATABASE_URL, REDIS_URL and MEILI_URL (shared servers)',
    path: ['DESK_PROCESSES'],
  });

export type Env = z.infer<typeof EnvSchema> & {
  dataDir: string;
  embedded: boolean;
  demo: boolean;
  /** The demo plus its year of history on the first start. */
  demoHistory: boolean;
  publicUrl: string;
};

/** Parse the environment once at start; a bad variable stops the process with a message naming it. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`环境变量有误 / Invalid environment variables:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const embedded = !env.DATABASE_URL;
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return {
    ...env,
    dataDir: resolve(env.DESK_DATA_DIR),
    embedded,
    demo: env.DESK_DEMO ?? embedded,
    demoHistory: (env.DESK_DEMO ?? embedded) && env.DESK_DEMO_HISTORY,
    publicUrl,
  };
}

/** The embedded database or a child Redis/Meilisearch keep their data in DESK_DATA_DIR. */
export const usesDataDir = (env: Env): boolean => env.embedded || !env.REDIS_URL || !env.MEILI_URL;
