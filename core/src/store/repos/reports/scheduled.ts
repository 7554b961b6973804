import { and, eq } from 'drizzle-orm';
import { localDateOf } from '../../../calendar/dates';
import type { Db } from '../../db';
import { meta, users } from '../../schema';
import { loadCalendar } from '../calendar/calendar';
import { notifyUsers } from '../notifications';

/** The daily briefing is due from 08:00 China Standard Time on working days (the desk's calendar). */
export const BRIEFING_HOUR = 8;
const claimKey = (date: string) => `daily-briefing:${date}`;

/** The local day whose briefing is due at `now`, or null (before 08:00, a holiday or a weekend). */
export async function briefingDueOn(db: Db, now: Date): Promise<string | null> {
  const date = localDateOf(now);
  const hour = new Date(now.getTime() + 8 * 3_600_000).getUTCHours();
  if (hour < BRIEFING_HOUR) return null;
  return (await loadCalendar(db)).isWorkingDay(date) ? date : null;
}

/**
 * Claim the day's briefing and tell every active leader in the desk, in one transaction: whichever
 * worker claims first delivers, a restart after 08:00 still delivers once, a crash delivers nothing
 * half-way. The briefing covers the day before (a full day); returns it, or null when not due or done.
 */
export async function claimDailyBriefing(db: Db, now: Date) {
  const dueOn = await briefingDueOn(db, now);
  if (!dueOn) return null;
  const covers = localDateOf(new Date(now.getTime() - 86_400_000));
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(meta)
      .values({ key: claimKey(dueOn), value: { covers, at: now.toISOString() } })
      .onConflictDoNothing()
      .returning();
    if (!claimed.length) return null;
    const leaders = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, 'leader'), eq(users.active, true)));
    await notifyUsers(
      tx as unknown as Db,
      leaders.map((l) => l.id),
      { kind: 'briefing', caseId: null, title: `舆情日报（${covers}）已生成`, detail: { date: covers } },
    );
    return { dueOn, covers, leaders: leaders.length };
  });
}
