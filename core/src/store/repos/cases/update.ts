import { and, asc, eq, gt, notInArray, sql } from 'drizzle-orm';
import type { UserActor } from '../../../domain/audit';
import type { CaseStatus, CaseType, CaseUpdate, Severity } from '../../../domain/case';
import { AppError } from '../../../errors';
import { finishedStatuses } from '../../../rules/case-machine';
import type { ClockState } from '../../../rules/clock';
import { choosePolicy, startClock } from '../../../rules/deadline-policies';
import { maskContact, maskText } from '../../../text/pii';
import type { Db } from '../../db';
import { caseContacts, cases } from '../../schema';
import { type AuditChange, audited } from '../audit-log/append';
import { loadCalendar } from '../calendar/calendar';
import { listPolicies } from '../deadline-policies';
import { type CaseRow, clockColumns } from './clock';
import { caseScope } from './read';

/**
 * Edit a case's facts. A new receipt date or severity restarts the clock from the (new) start, so the
 * deadline always matches what the case says.
 */
export function updateCase(db: Db, actor: UserActor, id: number, input: CaseUpdate, now = new Date()) {
  return audited(db, actor, async (tx, audit) => {
    const [row] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, id), caseScope(actor)))
      .for('update');
    if (!row) throw new AppError('NOT_FOUND');
    const changes = await caseChanges(tx, row, input, now);
    if (input.contact !== undefined) {
      changes.contactMasked = input.contact ? maskContact(input.contact) : null;
      await tx.delete(caseContacts).where(eq(caseContacts.caseId, id));
      if (input.contact) await tx.insert(caseContacts).values({ caseId: id, ...input.contact });
    }
    const [after] = await tx.update(cases).set(changes).where(eq(cases.id, id)).returning();
    await audit(updateFacts(row, after!, input));
    return { before: row, after: after! };
  });
}

/** The columns an edit sets: the facts sent, and a restarted clock when they change its start or policy. */
async function caseChanges(db: Db, row: CaseRow, input: CaseUpdate, now: Date) {
  const changes: Partial<typeof cases.$inferInsert> = { updatedAt: now };
  if (input.title !== undefined) changes.title = maskText(input.title);
  if (input.body !== undefined) changes.body = maskText(input.body);
  for (const key of ['severity', 'jurisdiction', 'applicantType', 'disclosureOutcome'] as const) {
    if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
  }
  if (input.disclosureOutcome && row.completedAt) changes.outcomeAt = row.outcomeAt ?? row.completedAt;
  if (input.receivedAt) changes.receivedAt = input.receivedAt;
  const clock = await restartedClock(db, row, input, changes);
  if (clock)
    Object.assign(
      changes,
      { clock },
      clockColumns(clock, row.status as CaseStatus, row.escalation, await loadCalendar(db), now),
    );
  return changes;
}

async function restartedClock(
  db: Db,
  row: CaseRow,
  input: CaseUpdate,
  changes: Partial<typeof cases.$inferInsert>,
): Promise<ClockState | null> {
  const restart = input.receivedAt || input.severity !== undefined || input.jurisdiction !== undefined;
  if (!restart || !row.clock || finishedStatuses.includes(row.status as CaseStatus)) return row.clock;
  const policy = choosePolicy(await listPolicies(db), {
    type: row.type as CaseType,
    severity: (changes.severity ?? row.severity) as Severity | null,
    jurisdiction: changes.jurisdiction ?? row.jurisdiction,
  });
  if (!policy) return row.clock;
  const { pauses, extensions, supplements, met } = row.clock;
  const start =
    row.clock.startReason === 'supplement-received'
      ? new Date(row.clock.startAt)
      : (input.receivedAt ?? row.receivedAt);
  return { ...startClock(policy, start, row.clock.startReason), pauses, extensions, supplements, met };
}

/** The audit row of an edit: the fields sent, before and after, and the deadline they may have moved. */
function updateFacts(before: CaseRow, after: CaseRow, input: CaseUpdate): AuditChange {
  const changed = Object.keys(input).filter((k) => k !== 'contact');
  const facts = (row: CaseRow) => ({
    ...Object.fromEntries(changed.map((k) => [k, row[k as keyof CaseRow]])),
    dueAt: row.dueAt,
    ...(input.contact !== undefined ? { contact: row.contactMasked } : {}),
  });
  return {
    action: 'update',
    entity: 'cases',
    entityId: after.id,
    departmentId: after.leadDepartmentId,
    before: facts(before),
    after: facts(after),
  };
}

/**
 * Recompute the deadline of every open case with a working-day clock, after the calendar changed.
 * Reads in batches by id and writes each batch with one UPDATE … FROM (VALUES …), so even a large desk
 * is done in seconds. Returns how many cases were checked and how many deadlines moved.
 */
export async function recomputeOpenDeadlines(
  db: Db,
  now = new Date(),
  batch = 500,
): Promise<{ checked: number; moved: number }> {
  const calendar = await loadCalendar(db);
  let lastId = 0;
  let checked = 0;
  let moved = 0;
  for (;;) {
    const rows = await db
      .select({
        id: cases.id,
        status: cases.status,
        escalation: cases.escalation,
        clock: cases.clock,
        dueAt: cases.dueAt,
      })
      .from(cases)
      .where(
        and(
          gt(cases.id, lastId),
          notInArray(cases.status, [...finishedStatuses]),
          sql`${cases.clock}->>'unit' = 'working-days'`,
        ),
      )
      .orderBy(asc(cases.id))
      .limit(batch);
    if (rows.length === 0) break;
    const values = rows.map((row) => {
      const c = clockColumns(row.clock!, row.status as CaseStatus, row.escalation, calendar, now);
      if (c.dueAt?.getTime() !== row.dueAt?.getTime()) moved++;
      const iso = (d: Date | null) => (d ? d.toISOString() : null);
      return sql`(${row.id}::int, ${iso(c.dueAt)}::timestamptz, ${iso(c.dueSoonAt)}::timestamptz, ${c.clockRunning}::boolean, ${JSON.stringify(c.dueExplanation)}::jsonb, ${c.escalation}::text)`;
    });
    await db.execute(sql`
      update ${cases} set
        due_at = v.due_at, due_soon_at = v.due_soon_at, clock_running = v.clock_running,
        due_explanation = v.due_explanation, escalation = v.escalation, calendar_version = ${calendar.version}
      from (values ${sql.join(values, sql`, `)}) as v(id, due_at, due_soon_at, clock_running, due_explanation, escalation)
      where ${cases.id} = v.id`);
    checked += rows.length;
    lastId = rows.at(-1)!.id;
  }
  return { checked, moved };
}
