import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  alertChannelKinds,
  alertKindLabels,
  alertKinds,
  alertLevelLabels,
  alertLevels,
  CaseStatusSchema,
  CaseTypeSchema,
  ChannelSchema,
  calendarDayKinds,
  caseStatuses,
  caseStatusLabels,
  caseTypeLabels,
  caseTypes,
  channelLabels,
  channels,
  clockUnits,
  eventSeverities,
  eventStatuses,
  InquiryCreateSchema,
  InquiryTypeInputSchema,
  InquiryTypeSchema,
  inquiryTypeOf,
  inquiryTypes,
  MessageChannelSchema,
  MessageKindSchema,
  MessageListFilterSchema,
  MessageStatusSchema,
  messageChannelLabels,
  messageChannels,
  messageKinds,
  messageStatuses,
  placeKinds,
  RoleSchema,
  roleLabels,
  roles,
  SentimentLabelSchema,
  SourceTypeSchema,
  sentimentLabelValues,
  severities,
  severityLabels,
  sourceTypes,
} from '@desk/core';
import { alertKindNames, alertLevelNames, messageChannelNames } from '@desk/core/reports';
import { type Database, openDatabase, schema, valueChecks } from '@desk/core/store';
import { inArray, sql } from 'drizzle-orm';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../admin/src/i18n/en';
import { zhCN } from '../../admin/src/i18n/zh-CN';

type Label = { zh: string; en: string };
type Catalogue = Record<string, Record<string, string>>;

/**
 * Each value list once: its const, the zod schema the API validates with, the database columns that
 * store it (a check constraint derived from the drizzle schema) and the admin's labels (a core label
 * table or `desk.enum.<kind>` in both catalogues). A value added to a const and forgotten anywhere
 * else fails here.
 */
const vocabulary: {
  name: string;
  values: readonly string[];
  zod?: { options: readonly string[] };
  columns: string[];
  labels: string | Record<string, Label>;
}[] = [
  { name: 'roles', values: roles, zod: RoleSchema, columns: ['users.role'], labels: roleLabels },
  {
    name: 'source types',
    values: sourceTypes,
    zod: SourceTypeSchema,
    columns: ['sources.type'],
    labels: 'sourceType',
  },
  {
    name: 'alert levels',
    values: alertLevels,
    columns: ['alerts.level', 'alert_channels.min_level', 'risk_rules.level', 'messages.risk_level'],
    labels: alertLevelLabels,
  },
  { name: 'alert kinds', values: alertKinds, columns: ['alerts.kind'], labels: alertKindLabels },
  { name: 'alert channel kinds', values: alertChannelKinds, columns: ['alert_channels.kind'], labels: {} },
  {
    name: 'message channels',
    values: messageChannels,
    zod: MessageChannelSchema,
    columns: ['messages.channel'],
    labels: messageChannelLabels,
  },
  {
    name: 'message kinds',
    values: messageKinds,
    zod: MessageKindSchema,
    columns: ['messages.kind'],
    labels: 'messageKind',
  },
  {
    name: 'message statuses',
    values: messageStatuses,
    zod: MessageStatusSchema,
    columns: ['messages.status'],
    labels: 'messageStatus',
  },
  {
    name: 'sentiment labels',
    values: sentimentLabelValues,
    zod: SentimentLabelSchema,
    columns: [],
    labels: 'sentiment',
  },
  {
    name: 'request types (portal inquiries)',
    values: inquiryTypes,
    zod: InquiryTypeSchema,
    columns: ['messages.inquiry_type'],
    labels: Object.fromEntries(inquiryTypes.map((code) => [code, caseTypeLabels[code]])),
  },
  {
    name: 'case types',
    values: caseTypes,
    zod: CaseTypeSchema,
    columns: ['cases.type'],
    labels: caseTypeLabels,
  },
  {
    name: 'case statuses',
    values: caseStatuses,
    zod: CaseStatusSchema,
    columns: ['cases.status', 'cases.previous_status'],
    labels: caseStatusLabels,
  },
  {
    name: 'case channels',
    values: channels,
    zod: ChannelSchema,
    columns: ['cases.channel'],
    labels: channelLabels,
  },
  { name: 'severities', values: severities, columns: ['cases.severity'], labels: severityLabels },
  { name: 'event statuses', values: eventStatuses, columns: ['events.status'], labels: 'eventStatus' },
  {
    name: 'event severities',
    values: eventSeverities,
    columns: ['events.severity'],
    labels: 'eventSeverity',
  },
  { name: 'clock units', values: clockUnits, columns: ['deadline_policies.unit'], labels: 'clockUnit' },
  {
    name: 'calendar day kinds',
    values: calendarDayKinds,
    columns: ['calendar_overrides.kind'],
    labels: 'dayKind',
  },
  { name: 'place kinds', values: placeKinds, columns: ['places.kind'], labels: 'placeKind' },
];

const sorted = (values: readonly string[]) => [...values].sort();

const migrations = fileURLToPath(new URL('../../core/src/store/migrations', import.meta.url));
const CODES_MIGRATION = 'inquiry-type-codes';
/** Messages stored before the request types became codes: the migration must turn their labels into codes. */
const beforeCodes = [
  {
    key: 'id:label-1',
    type: '投诉',
    reasons: [{ kind: 'signal', text: 'inquiryType:投诉', polarity: 'negative', weight: 3 }],
  },
  { key: 'id:label-2', type: '依申请公开', reasons: [] },
  { key: 'id:label-3', type: null, reasons: [] },
];

/** Migrate up to (not including) the request-type migration, in a copy of the migrations folder. */
async function migrateBeforeCodes(db: PgliteDatabase) {
  const folder = await mkdtemp(join(tmpdir(), 'desk-migrations-'));
  try {
    await cp(migrations, folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const at = journal.entries.findIndex((e) => e.tag.endsWith(CODES_MIGRATION));
    expect(at).toBeGreaterThan(0);
    await writeFile(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
    await migrate(db, { migrationsFolder: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('value lists', () => {
  let database: Database;
  /** `table.column` → the values its check constraint allows, read back from the database. */
  const allowed = new Map<string, string[]>();
  beforeAll(async () => {
    database = await openDatabase({});
    await migrateBeforeCodes(database.db as unknown as PgliteDatabase);
    const [source] = await database.db
      .insert(schema.sources)
      .values({ name: 'vocabulary-portal', type: 'portal' })
      .returning();
    for (const m of beforeCodes)
      await database.db.execute(sql`
        insert into messages (source_id, dedupe_key, kind, channel, inquiry_type, title, body, received_at, sentiment_reasons)
        values (${source!.id}, ${m.key}, 'inquiry', 'web', ${m.type}, 't', 'b', now(), ${JSON.stringify(m.reasons)}::jsonb)`);
    await database.migrate();
    const result = await database.db.execute(sql`
      select conrelid::regclass::text as "table", pg_get_constraintdef(oid) as def from pg_constraint
      where contype = 'c' and conname ~ '_in_[0-9a-f]{8}$'`);
    for (const { table, def } of (result as unknown as { rows: { table: string; def: string }[] }).rows) {
      const column = /\(+"?(\w+)"?\s*=\s*ANY/.exec(def)?.[1] ?? /\(+"?(\w+)"?\s+IN/i.exec(def)?.[1];
      allowed.set(
        `${table.replace(/"/g, '')}.${column}`,
        [...def.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!),
      );
    }
  }, 60_000);
  afterAll(() => database?.close());

  it.each(vocabulary)('$name: one const for zod, the database and the admin labels', (list) => {
    if (list.zod) expect(sorted(list.zod.options)).toEqual(sorted(list.values));
    for (const column of list.columns) expect(sorted(allowed.get(column) ?? [])).toEqual(sorted(list.values));
    if (typeof list.labels === 'string') {
      const zh = (zhCN.desk as unknown as { enum: Catalogue }).enum[list.labels] ?? {};
      const english = (en.desk as unknown as { enum: Catalogue }).enum[list.labels] ?? {};
      expect(list.values.filter((v) => !zh[v] || !english[v])).toEqual([]);
    } else if (Object.keys(list.labels).length)
      expect(sorted(Object.keys(list.labels))).toEqual(sorted(list.values));
  });

  it('checks every enum column of the drizzle schema in the database, and refuses a value not in its list', async () => {
    expect(sorted(valueChecks().map((c) => `${c.table}.${c.column}`))).toEqual(sorted([...allowed.keys()]));
    const refused = await database.db
      .execute(
        sql`insert into users (username, display_name, password_hash, role) values ('x', 'x', 'x', 'intruder')`,
      )
      .then(
        () => null,
        (error: { cause?: { code?: string; constraint?: string } }) => error.cause,
      );
    expect(refused?.code).toBe('23514'); // check_violation
    expect(refused?.constraint).toMatch(/^users_role_in_/);
  });

  it('defines the names of the values core labels once, in core (not again in the admin catalogues)', () => {
    // The kinds admin/src/common/EnumField.tsx reads from core's label tables.
    const coreKinds = ['level', 'alertKind', 'messageChannel', 'role', 'caseType', 'caseStatus', 'severity'];
    for (const catalogue of [zhCN.desk, en.desk] as unknown as { enum: Catalogue; roles?: unknown }[]) {
      expect(coreKinds.filter((kind) => catalogue.enum[kind])).toEqual([]);
      expect(catalogue.roles).toBeUndefined();
    }
    expect(alertLevelNames).toEqual(
      Object.fromEntries(alertLevels.map((level) => [level, `${alertLevelLabels[level].zh}预警`])),
    );
    expect(alertKindNames).toEqual(
      Object.fromEntries(alertKinds.map((kind) => [kind, alertKindLabels[kind].zh])),
    );
    expect(messageChannelNames).toEqual(
      Object.fromEntries(messageChannels.map((channel) => [channel, messageChannelLabels[channel].zh])),
    );
  });

  it('has one vocabulary of request types: case codes, with the Chinese labels accepted as aliases', () => {
    expect(inquiryTypes.filter((code) => !(caseTypes as readonly string[]).includes(code))).toEqual([]);
    const inquiry = { title: '路灯不亮', body: '夜间行走不便', channel: 'web' };
    for (const code of inquiryTypes) {
      const label = caseTypeLabels[code].zh;
      expect([InquiryTypeInputSchema.parse(code), InquiryTypeInputSchema.parse(label)]).toEqual([code, code]);
      expect([inquiryTypeOf(code), inquiryTypeOf(label)]).toEqual([code, code]);
      expect(InquiryCreateSchema.parse({ ...inquiry, type: label }).type).toBe(code);
      expect(MessageListFilterSchema.parse({ inquiryType: label }).inquiryType).toEqual([code]);
    }
    for (const other of ['opinion', caseTypeLabels.opinion.zh, 'Complaint', ''])
      expect([InquiryTypeInputSchema.safeParse(other).success, inquiryTypeOf(other)]).toEqual([
        false,
        undefined,
      ]);
  });

  it('migrates stored labels to codes (the sentiment signal too) and queues those messages for the index', async () => {
    const keys = beforeCodes.map((m) => m.key);
    const rows = await database.db
      .select({
        id: schema.messages.id,
        inquiryType: schema.messages.inquiryType,
        reasons: schema.messages.sentimentReasons,
      })
      .from(schema.messages)
      .where(inArray(schema.messages.dedupeKey, keys))
      .orderBy(schema.messages.dedupeKey);
    expect(rows.map((r) => r.inquiryType)).toEqual(['complaint', 'disclosure', null]);
    expect(rows[0]!.reasons.map((r) => r.text)).toEqual(['inquiryType:complaint']);
    const queued = await database.db
      .select({ messageId: schema.searchOutbox.messageId })
      .from(schema.searchOutbox)
      .where(
        inArray(
          schema.searchOutbox.messageId,
          rows.map((r) => r.id),
        ),
      );
    expect(sorted(queued.map((q) => String(q.messageId)))).toEqual(
      sorted([rows[0]!.id, rows[1]!.id].map(String)),
    );
  });
});
