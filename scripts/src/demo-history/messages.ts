import { MAX_INGEST_BATCH, type RawItem } from '@desk/core';
import { type Db, ensureSource, schema } from '@desk/core/store';
import {
  createGenerator,
  defaultTuning,
  inquiryItem,
  memoryBandIndex,
  runIngestBatch,
  webItem,
} from '@desk/ingest';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { SeededRandom } from './random';
import { type HistoryDay, momentOn } from './shape';
import {
  type BurstMatter,
  burstClosers,
  burstMatters,
  burstOpeners,
  calmMessages,
  estates,
  hospitals,
  roads,
  schools,
} from './texts.zh';

export const HISTORY_SOURCE = { name: '演示历史数据 (demo history)', type: 'import' as const };

/** A stored message of the history, as the later steps (events, cases) need it. */
export interface HistoryMessage {
  id: number;
  kind: 'web' | 'inquiry';
  title: string;
  body: string;
  topic: string | null;
  sentimentLabel: string | null;
  region: string | null;
  receivedAt: Date;
  inquiryType: string | null;
  keywords: string[];
  /** The matter of a burst day (an event), keyed by its title. */
  burst?: { title: string; severity: BurstMatter['severity'] };
}

/** Share of ordinary messages that ask a question or thank someone instead of complaining. */
const CALM_SHARE = 0.15;
/** Portal inquiries per working day (fewer on rest days): most become 12345-style cases. */
const INQUIRIES_PER_WORKING_DAY = 4;

function burstMessage(matter: BurstMatter, slots: Record<string, string>, random: SeededRandom) {
  const fill = (t: string) =>
    t
      .replace(/\[([^\]]+)\]/g, (_, alternatives: string) => random.pick(alternatives.split('|')))
      .replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'money' ? String(random.int(2, 8) * 100) : (slots[name] ?? ''),
      );
  const lines = [...matter.lines].sort(() => random.next() - 0.5).slice(0, random.int(2, 4));
  const body = `${random.pick(burstOpeners)}${lines.map(fill).join('').replace(/，$/, '。')}${random.pick(burstClosers)}`;
  return { title: fill(random.pick(matter.titles)), body, eventTitle: fill(matter.title) };
}

/**
 * The year's web messages and portal inquiries, written by the demo generator (and the burst matters),
 * run through the desk's own ingest batch (normalize, dedupe, masking, keywords, regions, topic,
 * sentiment and risk classification, one multi-row statement per batch, outbox rows for the indexer).
 */
export async function ingestHistory(
  db: Db,
  days: HistoryDay[],
  random: SeededRandom,
  regions: readonly string[],
  onProgress: (done: number, total: number) => void,
): Promise<HistoryMessage[]> {
  const source = await ensureSource(db, HISTORY_SOURCE);
  const generator = createGenerator({ seed: 2026, site: 'https://bbs.demo.example.cn', burstRate: 0.004 });
  const items: (RawItem & { receivedAt: string })[] = [];
  const bursts = new Map<string, HistoryMessage['burst']>();
  for (const day of days) {
    const matter = day.burst ? random.pick(burstMatters) : null;
    const slots = {
      estate: random.pick(estates),
      school: random.pick(schools),
      hospital: random.pick(hospitals),
      road: random.pick(roads),
      region: random.pick(regions),
    };
    for (let i = 0; i < day.messages; i++) {
      const at = momentOn(day, random);
      const generated = generator.message(at);
      const item = webItem(generated);
      if (generated.burst) bursts.set(generated.externalId, { title: generated.burst, severity: '一般' });
      // On a burst day over half of the day's messages are about its matter.
      if (matter && random.chance(0.6)) {
        const text = burstMessage(matter, slots, random);
        item.title = text.title;
        item.body = text.body;
        item.externalId = `${item.externalId}-b`;
        item.url = `${item.url}&b=1`;
        bursts.set(item.externalId, { title: text.eventTitle, severity: matter.severity });
      } else if (!generated.burst && random.chance(CALM_SHARE)) {
        const calm = random.pick(calmMessages);
        const fill = (t: string) =>
          t.replace(/\{(\w+)\}/g, (_, name: string) => slots[name as keyof typeof slots] ?? '');
        item.title = fill(random.pick(calm.titles));
        item.body = fill(random.pick(calm.bodies));
      }
      items.push({ ...item, receivedAt: at.toISOString() });
    }
    const inquiries = day.workingDay ? INQUIRIES_PER_WORKING_DAY : 1;
    for (let i = 0; i < random.int(0, inquiries * 2); i++) {
      const at = momentOn(day, random);
      const q = generator.inquiry();
      if (q.type === 'disclosure') continue; // disclosure requests are their own cases (cases.ts)
      items.push({ ...inquiryItem(q, at), receivedAt: at.toISOString() });
    }
  }
  items.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));

  // No Redis at first start: near duplicates (reposts) are found in memory, as the file import does.
  const bands = memoryBandIndex();
  for (let i = 0; i < items.length; i += MAX_INGEST_BATCH) {
    const batch = items.slice(i, i + MAX_INGEST_BATCH);
    await runIngestBatch(
      { sourceId: source.id, fetchedAt: batch.at(-1)!.receivedAt, items: batch },
      { db, tuning: defaultTuning, bands },
    );
    onProgress(i + batch.length, items.length);
  }

  const m = schema.messages;
  const rows = await db
    .select({
      id: m.id,
      externalId: m.externalId,
      kind: m.kind,
      title: m.title,
      body: m.body,
      topic: m.topic,
      sentimentLabel: m.sentimentLabel,
      region: m.region,
      receivedAt: m.receivedAt,
      inquiryType: m.inquiryType,
      keywords: m.keywords,
    })
    .from(m)
    .where(and(eq(m.sourceId, source.id), isNull(m.duplicateOfId)))
    .orderBy(asc(m.receivedAt));
  return rows.map(({ externalId, ...row }) => ({
    ...row,
    kind: row.kind === 'inquiry' ? 'inquiry' : 'web',
    burst: externalId ? bursts.get(externalId) : undefined,
  }));
}
