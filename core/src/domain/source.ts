import { z } from 'zod';
import {
  type HtmlSelectors,
  HtmlSelectorsSchema,
  type SitemapOptions,
  SitemapOptionsSchema,
} from './source-web';

/**
 * The one list of source types. Feeds (rss/atom/json), web pages (html list-and-detail, sitemap) are
 * registered with a URL and pulled on a schedule; portal, import, demo and manual (pasted links) feed
 * the same pipeline otherwise.
 */
export const feedSourceTypes = ['rss', 'atom', 'json'] as const;
export const pulledSourceTypes = [...feedSourceTypes, 'html', 'sitemap'] as const;
export const sourceTypes = [...pulledSourceTypes, 'portal', 'import', 'demo', 'manual'] as const;
export const SourceTypeSchema = z.enum(sourceTypes);
export type SourceType = z.infer<typeof SourceTypeSchema>;
/** The source of pasted links (one for the desk; its name is data, shown in the source list). */
export const MANUAL_SOURCE = { name: '人工添加的网页', type: 'manual' } as const;
/** What the scheduler claims: every pulled type and the built-in demo feed. */
export const scheduledSourceTypes = [...pulledSourceTypes, 'demo'] as const;

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

/** Only http(s): a source or pasted link never makes the desk read files or other schemes. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/ }).max(2048);
/** iconv-lite names such as gbk, gb18030, big5, utf-8; the pull reports one it does not know. */
const encoding = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_-]{2,24}$/);

/** Shortest schedule a feed may have: politeness towards the sites we read. */
export const MIN_PULL_INTERVAL_SECONDS = 60;

const interval = z.number().int().min(MIN_PULL_INTERVAL_SECONDS).max(86_400);
const common = {
  name: z.string().trim().min(1).max(64),
  url: HttpUrlSchema,
  intervalSeconds: interval.default(300),
  encoding: encoding.nullable().optional(),
};
/** Where to read a web source: the settings `POST /api/sources/preview` tries before saving. */
export const HtmlSourceSchema = z.object({
  url: HttpUrlSchema,
  encoding: common.encoding,
  type: z.literal('html'),
  html: HtmlSelectorsSchema,
});
export const SitemapSourceSchema = z.object({
  url: HttpUrlSchema,
  encoding: common.encoding,
  type: z.literal('sitemap'),
  sitemap: SitemapOptionsSchema.nullable().optional(),
});
export const SourcePreviewRequestSchema = z.discriminatedUnion('type', [
  HtmlSourceSchema,
  SitemapSourceSchema,
]);
export type SourcePreviewRequest = z.infer<typeof SourcePreviewRequestSchema>;

/** Each pulled type with its own settings: a JSON mapping, HTML selectors or sitemap options. */
export const SourceCreateSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.enum(feedSourceTypes), mapping: JsonMappingSchema.nullable().optional() }),
  HtmlSourceSchema.extend(common),
  SitemapSourceSchema.extend(common),
]);
export type SourceCreate = z.infer<typeof SourceCreateSchema>;

/** The type cannot change; settings of another type than the source's are refused by the route. */
export const SourceUpdateSchema = z
  .object({
    ...common,
    // No default here: an update changes only what it sends.
    intervalSeconds: interval,
    mapping: JsonMappingSchema.nullable(),
    html: HtmlSelectorsSchema,
    sitemap: SitemapOptionsSchema.nullable(),
    enabled: z.boolean(),
  })
  .partial();
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
  html: HtmlSelectors | null;
  sitemap: SitemapOptions | null;
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
