import {
  type CaseType,
  caseStatuses,
  caseTypes,
  choosePolicy,
  type Severity,
  severities,
  startClock,
  WorkCalendar,
} from '@desk/core';
import { clockColumns, type Db, listPolicies, schema } from '@desk/core/store';
import { createGenerator } from '@desk/ingest';
import { indexUid, type SearchConfig, toDocument } from '@desk/search-config';
import { asc, gt } from 'drizzle-orm';
import type { Meilisearch } from 'meilisearch';

const BATCH = 1_000;
const DAY_MS = 86_400_000;
/** The seeded data spans the last four months, like a desk in use. */
const SPAN_DAYS = 120;

/** N generated web messages (the ingest engineer's generator), inserted in multi-row batches. */
export async function seedMessages(db: Db, n: number): Promise<number[]> {
  const [source] = await db.insert(schema.sources).values({ name: 'bench', type: 'demo' }).returning();
  const generator = createGenerator({ seed: 5 });
  const now = Date.now();
  const ids: number[] = [];
  for (let start = 0; start < n; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, n - start) }, (_, i) => {
      const at = new Date(now - ((start + i) / n) * SPAN_DAYS * DAY_MS);
      const m = generator.message(at);
      return {
        sourceId: source!.id,
        dedupeKey: `id:${start + i}`,
        externalId: m.externalId,
        url: m.url,
        kind: 'web' as const,
        channel: 'feed' as const,
        title: m.title,
        body: m.body,
        author: m.author,
        region: m.region,
        topic: m.topic,
        likes: m.likes,
        replies: m.replies,
        publishedAt: at,
        receivedAt: at,
      };
    });
    const inserted = await db.insert(schema.messages).values(rows).returning({ id: schema.messages.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/** Send every stored message to the messages index and wait until Meilisearch has indexed them all. */
export async function indexMessages(db: Db, client: Meilisearch, config: SearchConfig): Promise<void> {
  const index = client.index(indexUid(config, 'messages'));
  const tasks: number[] = [];
  let lastId = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(schema.messages)
      .where(gt(schema.messages.id, lastId))
      .orderBy(asc(schema.messages.id))
      .limit(10_000);
    if (rows.length === 0) break;
    const task = await index.addDocuments(rows.map(toDocument), { primaryKey: 'id' });
    tasks.push(task.taskUid);
    lastId = rows.at(-1)!.id;
  }
  await client.tasks.waitForTasks(tasks, { timeout: 0, interval: 500 });
}

/** Seeded cases take every state but those that need another record (a merge target, a supplement request). */
const statuses = caseStatuses.filter((s) => s !== 'merged' && s !== 'awaiting-supplement');
const pick = <T>(list: readonly T[], r: number): T => list[Math.floor(r * list.length) % list.length]!;

/** N cases over the departments with real clocks (policies, calendar) in a spread of states. */
export async function seedCases(
  db: Db,
  n: number,
  messageIds: number[],
  departmentIds: number[],
): Promise<number[]> {
  const calendar = new WorkCalendar();
  const policies = await listPolicies(db);
  const now = new Date();
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const ids: number[] = [];
  for (let start = 0; start < n; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, n - start) }, (_, i) => {
      const type: CaseType = pick(caseTypes, random());
      const severity: Severity | null = type === 'opinion' ? pick(severities, random()) : null;
      const status = pick(statuses, random());
      const receivedAt = new Date(now.getTime() - random() * SPAN_DAYS * DAY_MS);
      const lead = status === 'new' ? null : pick(departmentIds, random());
      const co = lead && random() < 0.2 ? [pick(departmentIds, random())].filter((d) => d !== lead) : [];
      const policy = choosePolicy(policies, { type, severity, jurisdiction: 'default' })!;
      const clock = startClock(policy, receivedAt, type === 'opinion' ? 'detected' : 'received');
      const done = status === 'published' || status === 'closed';
      const message = messageIds[start + i];
      return {
        type,
        severity,
        title: `工单 ${start + i}：${['供暖不热', '小区停车难', '学校收费', '医院排队', '噪音扰民', '道路积水'][(start + i) % 6]}`,
        body: '市民反映的情况需要核实处理。',
        channel: type === 'opinion' ? ('monitoring' as const) : ('web' as const),
        status,
        leadDepartmentId: lead,
        coDepartmentIds: co,
        departmentIds: lead ? [lead, ...co] : [],
        messageId: i % 2 === 0 && message ? message : null,
        contactMasked: { name: '张*', phone: '139****0000' },
        receivedAt,
        clock,
        ...clockColumns(clock, status, 'none', calendar, now),
        createdAt: receivedAt,
        updatedAt: receivedAt,
        completedAt: done ? now : null,
        publishedAt: done ? now : null,
      };
    });
    const inserted = await db.insert(schema.cases).values(rows).returning({ id: schema.cases.id });
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}
