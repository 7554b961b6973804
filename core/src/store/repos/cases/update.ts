import { and, asc, eq, gt, notInArray, sql } from 'drizzle-orm';
import type { CaseStatus, CaseType, CaseUpdate, Severity } from '../../../domain/case';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { finishedStatuses } from '../../../rules/case-machine';
import { choosePolicy, startClock } from '../../../rules/deadline-policies';
import { maskContact, maskText } from '../../../text/pii';
import type { Db } from '../../db';
import { caseContacts, cases } from '../../schema';
import { loadCalendar } from '../calendar-overrides';
import { listPolicies } from '../deadline-policies';
import { clockColumns } from './clock';
import { caseScope } from './read';

/**
 * Edit a case's facts. A new receipt date or severity restarts the clock from the (new) start, so the
 * deadline always matches what the case says.
 */
export async function updateCase(db: Db, actor: Actor, id: number, input: CaseUpdate, now = new Date()) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), caseScope(actor)));
  if (!row) throw new AppError('NOT_FOUND');
  const changes: Partial<typeof cases.$inferInsert> = { updatedAt: now };
  if (input.title !== undefined) changes.title = maskText(input.title);
  if (input.body !== undefined) changes.body = maskText(input.body);
  for (const key of ['severity', 'jurisdiction', 'applicantType', 'disclosureOutcome'] as const) {
    if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
  }
  if (input.disclosureOutcome && row.completedAt) changes.outcomeAt = row.outcomeAt ?? row.completedAt;
  if (input.receivedAt) changes.receivedAt = input.receivedAt;
  const restart = input.receivedAt || input.severity !== undefined || input.jurisdiction !== undefined;
  let clock = row.clock;
  if (restart && row.clock && !finishedStatuses.includes(row.status as CaseStatus)) {
    const policy = choosePolicy(await listPolicies(db), {
      type: row.type as CaseType,
      severity: (changes.severity ?? row.severity) as Severity | null,
      jurisdiction: changes.jurisdiction ?? row.jurisdiction,
    });
    if (policy) {
      const keep = {
        pauses: row.clock.pauses,
        extensions: row.clock.extensions,
        supplements: row.clock.supplements,
        met: row.clock.met,
      };
      const start =
        row.clock.startReason === 'supplement-received'
          ? new Date(row.clock.startAt)
          : (input.receivedAt ?? row.receivedAt);
      clock = { ...startClock(policy, start, row.clock.startReason), ...keep };
    }
  }
  if (clock)
    Object.assign(
      changes,
      { clock },
      clockColumns(clock, row.status as CaseStatus, row.escalation, await loadCalendar(db), now),
    );
  if (input.contact !== undefined) {
    changes.contactMasked = input.contact ? maskContact(input.contact) : null;
    await db.delete(caseContacts).where(eq(caseContacts.caseId, id));
    if (input.contact) await db.insert(caseContacts).values({ caseId: id, ...input.contact });
  }
  const [updated] = await db.update(cases).set(changes).where(eq(cases.id, id)).returning();
  return { before: row, after: updated! };
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
