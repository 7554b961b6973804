import type { UserActor } from '@desk/core';
import {
  appendAudit,
  applyCaseAction,
  createCalendarOverride,
  createCase,
  createDraft,
  createLegalChallenge,
  createPolicy,
  createTemplate,
  type Db,
  listAudit,
  notifyUsers,
  schema,
} from '@desk/core/store';
import { asUser, testActor } from '@desk/tests/support';
import { eq } from 'drizzle-orm';
import type { Side } from './types';

/**
 * Records the matrix calls routes with: for each side a department (own = 教育局, the handler `edu`;
 * other = 卫健委) and its cases in several states. Add what your routes need (a message, a source, …)
 * in `extra`, keyed by name.
 */
export interface Fixtures {
  db: Db;
  admin: UserActor;
  department: Record<Side, number>;
  /** A case assigned to the department (status assigned). */
  assignedCase: Record<Side, number>;
  /** A case with a draft (status drafting). */
  draftingCase: Record<Side, number>;
  draft: Record<Side, number>;
  /** A published case and its response. */
  publishedCase: Record<Side, number>;
  response: Record<Side, number>;
  legalChallenge: number;
  template: number;
  policy: number;
  auditEntry: number;
  /** Make a fresh assigned case of a side (for calls that change it). */
  freshCase(side: Side): Promise<number>;
  freshTemplate(): Promise<number>;
  freshPolicy(): Promise<number>;
  freshOverride(): Promise<number>;
  /** Fixtures of other resources, added by their files through `setup` hooks. */
  extra: Record<string, unknown>;
}

const complaint = (title: string) => ({
  type: 'complaint' as const,
  severity: null,
  title,
  body: '矩阵测试',
  channel: 'web' as const,
  contact: { name: '王五', phone: '13700000000' },
  jurisdiction: 'default',
  applicantType: null,
  messageId: null,
  eventId: null,
});

export async function buildFixtures(db: Db): Promise<Fixtures> {
  const [adminRow] = await db.select().from(schema.users).where(eq(schema.users.username, 'admin'));
  const admin: UserActor = asUser({
    id: adminRow!.id,
    username: 'admin',
    displayName: 'admin',
    role: 'admin',
    departmentId: null,
  });
  const byCode = async (code: string) =>
    (await db.select().from(schema.departments).where(eq(schema.departments.code, code)))[0]!.id;
  const department = { own: await byCode('edu'), other: await byCode('health') };
  const act = (id: number, action: Parameters<typeof applyCaseAction>[1]['action'], payload: unknown = {}) =>
    applyCaseAction(db, { id, actor: admin, action, payload });
  const freshCase = async (side: Side) => {
    const row = await createCase(db, admin, complaint(`矩阵 ${side}`));
    await act(row!.id, 'assign', { departmentId: department[side] });
    return row!.id;
  };
  const perSide = async <T>(make: (side: Side) => Promise<T>) => ({
    own: await make('own'),
    other: await make('other'),
  });
  const assignedCase = await perSide(freshCase);
  const drafting = await perSide(async (side) => {
    const id = await freshCase(side);
    await act(id, 'accept');
    const { draft } = await createDraft(db, admin, { caseId: id, body: '答复稿', templateId: null });
    return { id, draft: draft.id };
  });
  const published = await perSide(async (side) => {
    const id = await freshCase(side);
    await act(id, 'accept');
    await createDraft(db, admin, { caseId: id, body: '已发布的答复', templateId: null });
    for (const step of ['submit', 'approve', 'publish'] as const) await act(id, step);
    const [response] = await db.select().from(schema.responses).where(eq(schema.responses.caseId, id));
    return { id, response: response!.id };
  });
  const freshTemplate = async () =>
    (
      await createTemplate(db, admin, {
        name: '矩阵模板',
        caseType: null,
        status: null,
        body: '{{case.code}}',
        active: true,
      })
    ).id;
  const freshPolicy = async () =>
    (
      await createPolicy(db, admin, {
        jurisdiction: 'matrix',
        caseType: 'consultation',
        severity: null,
        unit: 'working-days',
        targets: [{ key: 'answer', amount: 3 }],
        maxExtensions: 1,
        maxExtensionAmount: 5,
        notifyLeader: false,
        label: '矩阵',
        basis: '',
        active: true,
      })
    ).id;
  let overrideDay = 0;
  const freshOverride = async () =>
    (
      await createCalendarOverride(db, admin, {
        date: `2031-01-${String(++overrideDay).padStart(2, '0')}`,
        kind: 'holiday',
        name: '矩阵',
        note: null,
      })
    ).id;
  const users = await db.select({ id: schema.users.id }).from(schema.users);
  await notifyUsers(
    db,
    users.map((u) => u.id),
    { kind: 'assigned', caseId: assignedCase.own, title: '矩阵通知' },
  );
  const challenge = await createLegalChallenge(db, admin, {
    caseId: null,
    kind: 'reconsideration',
    lawsuitPath: null,
    result: 'pending',
    filedAt: new Date(),
    decidedAt: null,
    reference: '',
    note: '',
  });
  await appendAudit(db, testActor, { action: 'fixture', entity: 'matrix' });
  const audit = await listAudit(db, {}, { offset: 0, limit: 1 });
  return {
    db,
    admin,
    department,
    assignedCase,
    draftingCase: { own: drafting.own.id, other: drafting.other.id },
    draft: { own: drafting.own.draft, other: drafting.other.draft },
    publishedCase: { own: published.own.id, other: published.other.id },
    response: { own: published.own.response, other: published.other.response },
    legalChallenge: challenge.id,
    template: await freshTemplate(),
    policy: await freshPolicy(),
    auditEntry: audit.rows[0]?.id ?? 1,
    freshCase,
    freshTemplate,
    freshPolicy,
    freshOverride,
    extra: {},
  };
}
