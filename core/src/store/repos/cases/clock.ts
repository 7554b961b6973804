import type { WorkCalendar } from '../../../calendar/calendar';
import type { CaseStatus, Escalation } from '../../../domain/case';
import { type ClockPhase, type ClockState, computeDue } from '../../../rules/clock';
import type { cases } from '../../schema';

type CaseRow = typeof cases.$inferSelect;

export function phaseOf(status: CaseStatus): ClockPhase {
  if (status === 'suspended') return 'paused';
  if (status === 'awaiting-supplement') return 'awaiting-supplement';
  if (status === 'closed' || status === 'merged') return 'finished';
  return 'open';
}

/** The deadline columns of a case for its clock, status and the current calendar. */
export function clockColumns(
  clock: ClockState,
  status: CaseStatus,
  current: Escalation,
  calendar: WorkCalendar,
  now: Date,
) {
  const due = computeDue(clock, calendar, phaseOf(status), now);
  return {
    dueAt: due.dueAt,
    dueSoonAt: due.dueSoonAt,
    clockRunning: due.running,
    dueExplanation: due.explanation,
    calendarVersion: calendar.version,
    escalation: relaxEscalation(current, due.dueAt, due.dueSoonAt, due.running, now),
  };
}

/**
 * A recomputed deadline may lift an escalation (an extension, a calendar correction); raising one is
 * the escalation job's business, because raising it also notifies people.
 */
function relaxEscalation(
  current: Escalation,
  dueAt: Date | null,
  dueSoonAt: Date | null,
  running: boolean,
  now: Date,
): Escalation {
  if (!running || !dueAt) return 'none';
  if (current === 'overdue' && dueAt > now) return dueSoonAt && dueSoonAt <= now ? 'due-soon' : 'none';
  if (current === 'due-soon' && dueSoonAt && dueSoonAt > now) return 'none';
  return current;
}

export type { CaseRow };
