import { type RawItem, SOURCE_FAILURES_BEFORE_ALERT } from '@desk/core';
import { type AlertInput, type Db, getSource, recordFetch, type SourceRow } from '@desk/core/store';
import type { Redis } from '@desk/queue';
import type { DemoFeed } from '../demo/feed';
import { isPermanent } from '../sources/errors';
import { fetchFeed } from '../sources/fetch';
import { waitForHostSlot } from '../sources/host-gate';
import { parseFeed } from '../sources/parse';
import { isWebSource, pullWebSource } from '../sources/web-source';
import type { IngestTuning } from '../tuning';

export interface PullDeps {
  db: Db;
  redis: Redis;
  prefix: string;
  tuning: IngestTuning;
  demoFeed: DemoFeed;
  /** Sent to every site (`userAgent()` with the configured contact). */
  userAgent: string;
  /** Hand the items on to the pipeline (the caller batches them into ingest jobs). */
  enqueue(sourceId: number, fetchedAt: Date, items: RawItem[]): Promise<void>;
  /** Raise (and announce) a source-health alert. */
  raiseAlert(input: AlertInput): Promise<unknown>;
}

export interface PullOutcome {
  items: number;
  notModified?: boolean;
  /** Web sources: pages read, and items left out (detail page gone, not readable). */
  pages?: number;
  skipped?: number;
}

async function fetchItems(source: SourceRow, deps: PullDeps) {
  await waitForHostSlot(deps.redis, deps.prefix, new URL(source.url!).host, deps.tuning.hostGapMs);
  const result = await fetchFeed({
    url: source.url!,
    etag: source.etag,
    lastModified: source.lastModified,
    timeoutMs: deps.tuning.fetchTimeoutMs,
    maxBytes: deps.tuning.maxFeedBytes,
    userAgent: deps.userAgent,
  });
  if (result.notModified) return { items: [], notModified: true as const };
  return { items: parseFeed(source, result), etag: result.etag, lastModified: result.lastModified };
}

/**
 * Stage 0: pull one source. The HTTP validators are saved only after the items were handed on, so a
 * crash in between re-reads the feed instead of getting "304 not modified" for items never stored.
 */
export async function pullSource(sourceId: number, deps: PullDeps): Promise<PullOutcome> {
  const source = await getSource(deps.db, sourceId);
  if (!source?.enabled) return { items: 0 };
  const fetchedAt = new Date();
  try {
    if (source.type === 'demo') {
      const items = source.lastFetchAt ? deps.demoFeed.pull(fetchedAt) : deps.demoFeed.backlog(fetchedAt);
      await deps.enqueue(source.id, fetchedAt, items);
      await recordFetch(deps.db, source.id, { ok: true }, fetchedAt);
      return { items: items.length };
    }
    if (isWebSource(source.type)) return await pullWeb(source, fetchedAt, deps);
    const fetched = await fetchItems(source, deps);
    if (fetched.items.length) await deps.enqueue(source.id, fetchedAt, fetched.items);
    const validators = fetched.notModified ? {} : { etag: fetched.etag, lastModified: fetched.lastModified };
    await recordFetch(deps.db, source.id, { ok: true, ...validators }, fetchedAt);
    return { items: fetched.items.length, notModified: fetched.notModified };
  } catch (error) {
    await recordPullFailure(deps, source, error);
    throw error;
  }
}

/** New pages of an html or sitemap source; read items are handed on even when a retryable error follows. */
async function pullWeb(source: SourceRow, fetchedAt: Date, deps: PullDeps): Promise<PullOutcome> {
  const result = await pullWebSource(source, deps);
  if (result.items.length) await deps.enqueue(source.id, fetchedAt, result.items);
  if (result.error) throw result.error;
  await recordFetch(deps.db, source.id, { ok: true }, fetchedAt);
  return { items: result.items.length, pages: result.pages, skipped: result.skipped.length };
}

/** Selectors matching nothing: the site changed its layout, and retrying will not help. */
const layoutChanged = (error: unknown) =>
  isPermanent(error) && ['selector-empty', 'selector-invalid'].includes(error.problem?.code ?? '');

/**
 * The source's health; a job that fails for good is recorded in the failures list by the workers. A
 * layout change alerts at once (no retry will help), other failures after several in a row.
 */
async function recordPullFailure(
  deps: Pick<PullDeps, 'db' | 'raiseAlert'>,
  source: SourceRow,
  error: unknown,
) {
  const message = error instanceof Error ? error.message : String(error);
  const row = await recordFetch(deps.db, source.id, { ok: false, error: message });
  if (layoutChanged(error))
    await deps.raiseAlert({
      kind: 'source-health',
      level: 'orange',
      title: `信息来源「${source.name}」的网页结构已变化，选择器匹配不到内容`,
      dedupeKey: `source-layout:${source.id}`,
      sourceId: source.id,
      detail: { reason: 'layout', error: message, en: `The pages of source "${source.name}" changed layout` },
    });
  else if (row && row.consecutiveFailures >= SOURCE_FAILURES_BEFORE_ALERT) {
    await deps.raiseAlert({
      kind: 'source-health',
      level: 'orange',
      title: `信息来源「${source.name}」连续 ${row.consecutiveFailures} 次抓取失败`,
      dedupeKey: `source-failing:${source.id}`,
      sourceId: source.id,
      detail: {
        reason: 'failing',
        error: message,
        failures: row.consecutiveFailures,
        en: `Source "${source.name}" keeps failing`,
      },
    });
  }
}
