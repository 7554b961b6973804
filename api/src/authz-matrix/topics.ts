import {
  createAlertChannel,
  createHandover,
  createRoutingRule,
  createScheme,
  createShift,
  insertEvent,
  raiseAlert,
  schema,
} from '@desk/core/store';
import { eq } from 'drizzle-orm';
import type { Fixtures } from './fixtures';
import { adminOnly, everyone, type Matrix, type Side } from './types';

/** Topics (issue 4): duty officers and admins manage, leaders read, handlers only their department's alerts. */
const desk = { admin: 'allow', duty: 'allow' } as const;
const deskAndLeader = { admin: 'allow', duty: 'allow', leader: 'allow' } as const;
/** Handlers list the events of their department's cases (an empty list else) and open only those. */
const eventReaders = {
  admin: 'allow',
  duty: 'allow',
  handler: 'allow',
  reviewer: 'allow',
  leader: 'allow',
} as const;
const eventOfCase = { ...eventReaders, handler: 'own' } as const;
const alertReaders = { admin: 'allow', duty: 'allow', handler: 'own', leader: 'allow' } as const;

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const schemeBody = () => ({ name: `矩阵方案${unique()}`, subjectWords: ['搅拌站'], eventWords: ['噪音'] });
const x = (f: Fixtures) => f.extra.topics as TopicFixtures;

interface TopicFixtures {
  scheme: number;
  event: number;
  /** An event linked to the assigned case of each side's department. */
  caseEvent: Record<Side, number>;
  rule: number;
  shift: number;
  handover: number;
  channel: number;
  message: number;
}

const freshEvent = async (f: Fixtures) => {
  const now = new Date();
  return (await insertEvent(f.db, { title: '矩阵事件', centroid: {}, firstSeenAt: now, lastSeenAt: now })).id;
};
const eventsOfCases = async (f: Fixtures) => {
  const linked = {} as Record<Side, number>;
  for (const side of ['own', 'other'] as const) {
    linked[side] = await freshEvent(f);
    await f.db
      .update(schema.cases)
      .set({ eventId: linked[side] })
      .where(eq(schema.cases.id, f.assignedCase[side]));
  }
  return linked;
};
/** A message of its own for each call that moves messages between events. */
const freshMessage = async (f: Fixtures) => {
  const [source] = await f.db.select({ id: schema.sources.id }).from(schema.sources).limit(1);
  const [message] = await f.db
    .insert(schema.messages)
    .values({
      sourceId: source!.id,
      dedupeKey: `id:matrix-${unique()}`,
      kind: 'web',
      channel: 'web',
      title: '矩阵留言',
      body: '',
    })
    .returning({ id: schema.messages.id });
  return message!.id;
};
const freshAlert = async (f: Fixtures, side: Side) =>
  (await raiseAlert(f.db, {
    kind: 'manual',
    level: 'yellow',
    title: '矩阵预警',
    departmentId: f.department[side],
  }))!.id;
const shiftBody = (f: Fixtures) => ({
  userId: f.admin.id,
  startsAt: '2030-01-01T00:00:00Z',
  endsAt: '2030-01-01T08:00:00Z',
});

export async function setup(f: Fixtures): Promise<void> {
  const [source] = await f.db.insert(schema.sources).values({ name: '矩阵来源', type: 'import' }).returning();
  const [message] = await f.db
    .insert(schema.messages)
    .values({
      sourceId: source!.id,
      dedupeKey: 'id:matrix',
      kind: 'web',
      channel: 'web',
      title: '学校食堂',
      body: '',
    })
    .returning();
  const scheme = await createScheme(f.db, f.admin, {
    ...schemeBody(),
    description: null,
    regionWords: [],
    excludeWords: [],
    sourceIds: [],
    channels: [],
    regions: [],
    alertThreshold: 0,
    active: true,
  });
  const rule = await createRoutingRule(f.db, f.admin, {
    name: '矩阵规则',
    departmentId: f.department.own,
    topic: '教育文体',
    schemeId: null,
    keywords: [],
    regions: [],
    priority: 0,
    active: true,
  });
  const shift = await createShift(f.db, f.admin, {
    ...shiftBody(f),
    startsAt: new Date('2030-01-01T00:00:00Z'),
    endsAt: new Date('2030-01-01T08:00:00Z'),
    email: null,
    note: null,
  });
  const handover = await createHandover(f.db, f.admin, {
    shiftId: null,
    toUserId: null,
    summary: '矩阵交接',
    openAlertIds: [],
    openEventIds: [],
  });
  const channel = await createAlertChannel(f.db, f.admin, {
    name: '矩阵渠道',
    kind: 'wecom',
    target: null,
    minLevel: 'red',
    quietHours: null,
    active: false,
  });
  f.extra.topics = {
    scheme: scheme.id,
    event: await freshEvent(f),
    caseEvent: await eventsOfCases(f),
    rule: rule.id,
    shift: shift.id,
    handover: handover.id,
    channel: channel.id,
    message: message!.id,
  } satisfies TopicFixtures;
  await freshAlert(f, 'own');
  await freshAlert(f, 'other');
}

export const matrix: Matrix = {
  'GET /api/categories': { access: everyone },
  'GET /api/categories/:id': { access: everyone, params: () => ({ id: 1 }) },
  'POST /api/categories': {
    access: adminOnly,
    body: () => ({ code: `m-${unique()}`, name: `矩阵${unique()}` }),
  },
  'PUT /api/categories/:id': {
    access: adminOnly,
    params: () => ({ id: 1 }),
    body: { keywords: ['小区', '物业'] },
  },
  'GET /api/training': { access: adminOnly },
  'POST /api/training/examples': { access: adminOnly, body: { title: '矩阵样本', category: '教育文体' } },
  'POST /api/training/train': { access: adminOnly, body: { kind: 'topic' } },
  'POST /api/training/confirm/:messageId': {
    access: desk,
    params: (f) => ({ messageId: x(f).message }),
    body: { topic: '教育文体' },
  },
  'GET /api/schemes': { access: deskAndLeader },
  'POST /api/schemes/preview': { access: desk, body: schemeBody },
  'GET /api/schemes/:id': { access: deskAndLeader, params: (f) => ({ id: x(f).scheme }) },
  'GET /api/schemes/:id/series': { access: deskAndLeader, params: (f) => ({ id: x(f).scheme }) },
  'GET /api/schemes/:id/messages': { access: deskAndLeader, params: (f) => ({ id: x(f).scheme }) },
  'POST /api/schemes': { access: desk, body: schemeBody },
  'PUT /api/schemes/:id': { access: desk, params: (f) => ({ id: x(f).scheme }), body: schemeBody },
  'DELETE /api/schemes/:id': {
    access: desk,
    params: async (f) => ({
      id: (
        await createScheme(f.db, f.admin, {
          ...schemeBody(),
          description: null,
          regionWords: [],
          excludeWords: [],
          sourceIds: [],
          channels: [],
          regions: [],
          alertThreshold: 0,
          active: true,
        })
      ).id,
    }),
  },
  'GET /api/events': { access: eventReaders },
  'GET /api/events/formula': { access: eventReaders },
  'GET /api/events/:id': { access: eventOfCase, params: (f, side) => ({ id: x(f).caseEvent[side] }) },
  'GET /api/events/:id/timeline': {
    access: eventOfCase,
    params: (f, side) => ({ id: x(f).caseEvent[side] }),
  },
  'GET /api/reports/events/:id/report.docx': {
    access: eventOfCase,
    params: (f, side) => ({ id: x(f).caseEvent[side] }),
  },
  'GET /api/reports/events/:id/report.html': {
    access: eventOfCase,
    params: (f, side) => ({ id: x(f).caseEvent[side] }),
  },
  'PUT /api/events/:id': { access: desk, params: (f) => ({ id: x(f).event }), body: { status: 'watching' } },
  'POST /api/events/:id/merge': {
    access: desk,
    params: (f) => ({ id: x(f).event }),
    body: async (f) => ({ eventIds: [await freshEvent(f)] }),
  },
  'POST /api/events': {
    access: desk,
    body: async (f) => ({ messageIds: [await freshMessage(f)] }),
  },
  'POST /api/events/:id/messages': {
    access: desk,
    params: (f) => ({ id: x(f).event }),
    body: async (f) => ({ messageIds: [await freshMessage(f)] }),
  },
  'GET /api/alerts': { access: { ...alertReaders, handler: 'allow' } },
  'GET /api/alerts/:id': {
    access: alertReaders,
    params: async (f, side) => ({ id: await freshAlert(f, side) }),
  },
  'POST /api/alerts': { access: desk, body: { title: '矩阵人工预警', level: 'blue' } },
  'POST /api/alerts/:id/acknowledge': {
    access: { admin: 'allow', duty: 'allow', handler: 'own' },
    params: async (f, side) => ({ id: await freshAlert(f, side) }),
  },
  'GET /api/alert-channels': { access: desk },
  'POST /api/alert-channels': { access: adminOnly, body: { name: '矩阵', kind: 'dingtalk', active: false } },
  'PUT /api/alert-channels/:id': {
    access: adminOnly,
    params: (f) => ({ id: x(f).channel }),
    body: { name: '矩阵渠道', kind: 'wecom', active: false },
  },
  'DELETE /api/alert-channels/:id': {
    access: adminOnly,
    params: async (f) => ({
      id: (
        await createAlertChannel(f.db, f.admin, {
          name: '删',
          kind: 'email',
          target: null,
          minLevel: 'red',
          quietHours: null,
          active: false,
        })
      ).id,
    }),
  },
  'GET /api/routing-rules': { access: deskAndLeader },
  'POST /api/routing-rules/propose': { access: deskAndLeader, body: { topic: '教育文体' } },
  'GET /api/routing-rules/:id': { access: deskAndLeader, params: (f) => ({ id: x(f).rule }) },
  'POST /api/routing-rules': {
    access: adminOnly,
    body: (f) => ({ name: '矩阵', departmentId: f.department.own, keywords: ['学校'] }),
  },
  'PUT /api/routing-rules/:id': {
    access: adminOnly,
    params: (f) => ({ id: x(f).rule }),
    body: (f) => ({ name: '矩阵', departmentId: f.department.own, topic: '教育文体' }),
  },
  'DELETE /api/routing-rules/:id': {
    access: adminOnly,
    params: async (f) => ({
      id: (
        await createRoutingRule(f.db, f.admin, {
          name: '删',
          departmentId: f.department.own,
          topic: '教育文体',
          schemeId: null,
          keywords: [],
          regions: [],
          priority: 0,
          active: true,
        })
      ).id,
    }),
  },
  'GET /api/shifts': { access: deskAndLeader },
  'GET /api/shifts/current': { access: deskAndLeader },
  'GET /api/shifts/:id': { access: deskAndLeader, params: (f) => ({ id: x(f).shift }) },
  'POST /api/shifts': { access: desk, body: shiftBody },
  'PUT /api/shifts/:id': { access: desk, params: (f) => ({ id: x(f).shift }), body: shiftBody },
  'DELETE /api/shifts/:id': {
    access: desk,
    params: async (f) => ({
      id: (
        await createShift(f.db, f.admin, {
          userId: f.admin.id,
          startsAt: new Date('2031-01-01T00:00:00Z'),
          endsAt: new Date('2031-01-01T08:00:00Z'),
          email: null,
          note: null,
        })
      ).id,
    }),
  },
  'GET /api/handovers': { access: deskAndLeader },
  'GET /api/handovers/:id': { access: deskAndLeader, params: (f) => ({ id: x(f).handover }) },
  'POST /api/handovers': { access: desk, body: { summary: '矩阵交接' } },
  'POST /api/handovers/:id/acknowledge': {
    access: desk,
    params: async (f) => ({
      id: (
        await createHandover(f.db, f.admin, {
          shiftId: null,
          toUserId: null,
          summary: '交接',
          openAlertIds: [],
          openEventIds: [],
        })
      ).id,
    }),
  },
  'GET /api/stream': { access: everyone },
};
