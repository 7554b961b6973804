import { schema } from '@desk/core/store';
import { createGenerator, type Pipeline, startPipeline, webItem } from '@desk/ingest';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MetricsServer, startMetricsServer } from './metrics';

/** `name{labels} value` lines of the Prometheus text format, keyed by name and labels. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+(?:\{[^}]*\})?) (\S+)$/.exec(line);
    if (match) samples.set(match[1]!, Number(match[2]));
  }
  return samples;
}

describe('Prometheus metrics on their own port', () => {
  let rt: TestRuntime;
  let pipeline: Pipeline;
  let metrics: MetricsServer;
  const scrape = async () => {
    const res = await fetch(`http://127.0.0.1:${metrics.port}/metrics`);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain; version=0.0.4/);
    return parse(await res.text());
  };

  beforeAll(async () => {
    rt = await createTestRuntime({ searchSettings: true });
    const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
    pipeline = await startPipeline({ ...rt.ctx, db: rt.database.db, demo: false, log });
    metrics = await startMetricsServer({ port: 0, host: '127.0.0.1', db: rt.database.db, queue: rt.queue });
  });
  afterAll(async () => {
    await metrics?.close();
    await pipeline?.close();
    await rt?.close();
  });

  it('reports request latency, job durations and failures, ingest and indexing rates, queue depths and search lag', async () => {
    expect((await rt.app.request('/api/health')).status).toBe(200);
    expect((await rt.app.request('/api/cases/12345')).status).toBe(401);
    const [source] = await rt.database.db
      .insert(schema.sources)
      .values({ name: 'm', type: 'import' })
      .returning();
    const generator = createGenerator({ seed: 21, repostRate: 0, burstRate: 0 });
    const items = Array.from({ length: 12 }, () => webItem(generator.message(new Date())));
    await pipeline.jobs.add('ingest', { sourceId: source!.id, fetchedAt: new Date().toISOString(), items });
    await pipeline.jobs.queue('ingest').add('ingest', { sourceId: 'not a number' }, { attempts: 3 });

    let samples = new Map<string, number>();
    for (let i = 0; i < 120; i++) {
      samples = await scrape();
      const indexed = samples.get('desk_indexed_documents_total{operation="upsert"}') ?? 0;
      if (indexed >= 12 && samples.get('desk_queue_jobs{queue="ingest",state="failed"}') === 1) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(
      samples.get('desk_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"}'),
    ).toBe(1);
    expect(
      samples.get(
        'desk_http_request_duration_seconds_count{method="GET",route="/api/cases/:id",status="401"}',
      ),
    ).toBe(1);
    expect(
      samples.get('desk_job_duration_seconds_count{queue="ingest",job="ingest",outcome="completed"}'),
    ).toBe(1);
    expect(samples.get('desk_job_failures_total{queue="ingest",job="ingest",final="true"}')).toBe(1);
    expect(samples.get('desk_ingest_messages_total{outcome="stored"}')).toBe(12);
    expect(samples.get('desk_indexed_documents_total{operation="upsert"}')).toBeGreaterThanOrEqual(12);
    expect(samples.get('desk_queue_jobs{queue="ingest",state="completed"}')).toBe(1);
    expect(samples.get('desk_queue_jobs{queue="ingest",state="failed"}')).toBe(1);
    expect(samples.get('desk_queue_jobs{queue="notify",state="waiting"}')).toBe(0);
    expect(samples.has('desk_search_outbox_rows')).toBe(true);
    expect(samples.get('desk_search_outbox_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(samples.get('process_cpu_seconds_total')).toBeGreaterThan(0);
  }, 120_000);

  it('answers only /metrics', async () => {
    expect((await fetch(`http://127.0.0.1:${metrics.port}/`)).status).toBe(404);
  });
});
