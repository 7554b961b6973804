import { and, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { caseHistory, cases } from '../../schema';
import { type Alert, raiseAlert } from '../alerts/raise';
import { appendAudit } from '../audit-log/append';
import { notifyUsers } from '../notifications';
import { recipients } from './side-effects';

/** Cases escalated per run and kind; the job runs every minute, so a backlog drains quickly. */
const BATCH = 500;

type Claimed = Pick<
  typeof cases.$inferSelect,
  'id' | 'code' | 'title' | 'leadDepartmentId' | 'dueAt' | 'clock'
>;

const claimedColumns = {
  id: cases.id,
  code: cases.code,
  title: cases.title,
  leadDepartmentId: cases.leadDepartmentId,
  dueAt: cases.dueAt,
  clock: cases.clock,
};

/**
 * Mark running clocks that are due soon or overdue and notify the lead department, the reviewers and,
 * where the policy says so, the leaders. The conditional UPDATE claims each case once, so several
 * workers (or a retried job) never notify twice.
 */
export async function escalateCases(
  db: Db,
  now = new Date(),
): Promise<{ dueSoon: number; overdue: number; alerts: Alert[] }> {
  const overdue = await claim(
    db,
    'overdue',
    and(lt(cases.dueAt, now), ne(cases.escalation, 'overdue'))!,
    now,
  );
  const dueSoon = await claim(
    db,
    'due-soon',
    and(lte(cases.dueSoonAt, now), gte(cases.dueAt, now), eq(cases.escalation, 'none'))!,
    now,
  );
  const alerts: Alert[] = [];
  for (const c of overdue) {
    const alert = await announce(db, c, 'overdue', now);
    if (alert) alerts.push(alert);
  }
  for (const c of dueSoon) await announce(db, c, 'due-soon', now);
  return { dueSoon: dueSoon.length, overdue: overdue.length, alerts };
}

async function claim(db: Db, level: 'due-soon' | 'overdue', condition: ReturnType<typeof and>, now: Date) {
  const candidates = sql`(select ${cases.id} from ${cases} where ${cases.clockRunning} and ${condition} limit ${BATCH})`;
  return db
    .update(cases)
    .set({ escalation: level, escalatedAt: now })
    .where(and(inArray(cases.id, candidates), eq(cases.clockRunning, true), condition))
    .returning(claimedColumns);
}

/** Notify and record one escalation; an overdue case also raises an alert, returned for delivery. */
async function announce(
  db: Db,
  c: Claimed,
  level: 'due-soon' | 'overdue',
  now: Date,
): Promise<Alert | undefined> {
  const roles: ('reviewer' | 'leader')[] = ['reviewer'];
  if (level === 'overdue' && c.clock?.notifyLeader) roles.push('leader');
  const users = await recipients(db, {
    departmentIds: c.leadDepartmentId ? [c.leadDepartmentId] : [],
    roles,
  });
  const detail = { dueAt: c.dueAt?.toISOString(), code: c.code };
  await notifyUsers(db, users, { kind: level, caseId: c.id, title: `${c.code} ${c.title}`, detail });
  await db
    .insert(caseHistory)
    .values({ caseId: c.id, at: now, actorName: 'system', action: `escalate.${level}`, payload: detail });
  await appendAudit(db, {
    actorName: 'system',
    action: `escalate.${level}`,
    entity: 'cases',
    entityId: c.id,
    departmentId: c.leadDepartmentId,
    after: detail,
  });
  if (level === 'overdue') {
    return raiseAlert(db, {
      kind: 'overdue',
      level: c.clock?.notifyLeader ? 'red' : 'orange',
      title: `工单超期：${c.code} ${c.title}`,
      caseId: c.id,
      departmentId: c.leadDepartmentId,
      dedupeKey: `case-overdue:${c.id}`,
      detail,
    });
  }
  return undefined;
}
