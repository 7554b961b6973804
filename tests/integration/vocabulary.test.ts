import {
  alertChannelKinds,
  alertKinds,
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
  IntakeTypeSchema,
  inquiryCaseTypes,
  inquiryTypes,
  MessageChannelSchema,
  MessageKindSchema,
  MessageStatusSchema,
  messageChannels,
  messageKinds,
  messageStatuses,
  placeKinds,
  RoleSchema,
  roles,
  SentimentLabelSchema,
  SourceTypeSchema,
  sentimentLabelValues,
  severities,
  severityLabels,
  sourceTypes,
} from '@desk/core';
import { type Database, openDatabase, valueChecks } from '@desk/core/store';
import { sql } from 'drizzle-orm';
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
  { name: 'roles', values: roles, zod: RoleSchema, columns: ['users.role'], labels: 'role' },
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
    labels: 'level',
  },
  { name: 'alert kinds', values: alertKinds, columns: ['alerts.kind'], labels: 'alertKind' },
  { name: 'alert channel kinds', values: alertChannelKinds, columns: ['alert_channels.kind'], labels: {} },
  {
    name: 'message channels',
    values: messageChannels,
    zod: MessageChannelSchema,
    columns: ['messages.channel'],
    labels: 'messageChannel',
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

describe('value lists', () => {
  let database: Database;
  /** `table.column` → the values its check constraint allows, read back from the database. */
  const allowed = new Map<string, string[]>();
  beforeAll(async () => {
    database = await openDatabase({});
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

  it("derives the portal's inquiry types from the case types; the intake takes the case codes as well", () => {
    expect(sorted(inquiryTypes)).toEqual(sorted(inquiryCaseTypes.map((code) => caseTypeLabels[code].zh)));
    for (const code of inquiryCaseTypes) {
      const label = caseTypeLabels[code].zh;
      expect(IntakeTypeSchema.parse(code)).toBe(label);
      expect(IntakeTypeSchema.parse(label)).toBe(label);
    }
    expect(IntakeTypeSchema.safeParse('opinion').success).toBe(false);
  });
});
