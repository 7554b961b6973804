import { z } from 'zod';

/** rss/atom/json are pulled on a schedule; portal, import and demo feed the same pipeline otherwise. */
export const sourceTypes = ['rss', 'atom', 'json', 'portal', 'import', 'demo'] as const;
export const SourceTypeSchema = z.enum(sourceTypes);
export type SourceType = z.infer<typeof SourceTypeSchema>;
export const pulledSourceTypes = ['rss', 'atom', 'json'] as const;

/** Dot paths into a JSON feed (`data.list`, `user.name`, `stats.0.n`); omitted fields use JSON Feed 1.1 names. */
const path = z
  .string()
  .trim()
  .regex(/^[\w$-]+(\.[\w$-]+)*$/, 'a dot path such as data.items')
  .max(128);
export const JsonMappingSchema = z
  .object({
    items: path,
    title: path,
    body: path,
    url: path,
    author: path,
    publishedAt: path,
    externalId: path,
    likes: path,
    replies: path,
  })
  .partial()
  .strict();
export type JsonMapping = z.infer<typeof JsonMappingSchema>;

const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);
/** iconv-lite names such as gbk, gb18030, big5, utf-8; the pull reports one it does not know. */
const encoding = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_-]{2,24}$/);

/** Shortest schedule a feed may have: politeness towards the sites we read. */
export const MIN_PULL_INTERVAL_SECONDS = 60;

export const SourceCreateSchema = z.object({
  name: z.string().trim().min(1).max(64),
  type: z.enum(pulledSourceTypes),
  url: httpUrl,
  intervalSeconds: z.number().int().min(MIN_PULL_INTERVAL_SECONDS).max(86_400).default(300),
  encoding: encoding.nullable().optional(),
  mapping: JsonMappingSchema.nullable().optional(),
});
export type SourceCreate = z.infer<typeof SourceCreateSchema>;

export const SourceUpdateSchema = SourceCreateSchema.omit({ type: true })
  .partial()
  .extend({ enabled: z.boolean().optional() });
export type SourceUpdate = z.infer<typeof SourceUpdateSchema>;

export const sourceHealthStates = ['ok', 'pending', 'failing', 'quiet', 'disabled'] as const;
export type SourceHealth = (typeof sourceHealthStates)[number];

export interface Source {
  id: number;
  name: string;
  type: SourceType;
  url: string | null;
  intervalSeconds: number;
  encoding: string | null;
  mapping: JsonMapping | null;
  enabled: boolean;
  lastFetchAt: Date | null;
  lastSuccessAt: Date | null;
  lastNewItemAt: Date | null;
  consecutiveFailures: number;
  lastError: string | null;
  lastErrorAt: Date | null;
  itemsTotal: number;
  createdAt: Date;
  health: SourceHealth;
}

/** A pulled source alerts after this many failed pulls in a row. */
export const SOURCE_FAILURES_BEFORE_ALERT = 3;
/** A pulled source is quiet when it brought nothing new for a day, or 50 intervals if that is longer. */
export const quietAfterMs = (intervalSeconds: number): number =>
  Math.max(24 * 3_600_000, 50 * intervalSeconds * 1_000);

type HealthInput = Pick<
  Source,
  | 'type'
  | 'enabled'
  | 'consecutiveFailures'
  | 'lastSuccessAt'
  | 'lastNewItemAt'
  | 'intervalSeconds'
  | 'createdAt'
>;

/** The health shown beside a source and used for its alerts. */
export function sourceHealth(source: HealthInput, now = new Date()): SourceHealth {
  if (!source.enabled) return 'disabled';
  if (source.consecutiveFailures >= SOURCE_FAILURES_BEFORE_ALERT) return 'failing';
  if (!(pulledSourceTypes as readonly string[]).includes(source.type)) return 'ok';
  if (!source.lastSuccessAt) return source.consecutiveFailures > 0 ? 'failing' : 'pending';
  const lastNew = (source.lastNewItemAt ?? source.createdAt).getTime();
  return now.getTime() - lastNew > quietAfterMs(source.intervalSeconds) ? 'quiet' : 'ok';
}
