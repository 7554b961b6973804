import type { WorkCalendar } from '../calendar/calendar';
import { endOfLocalDay, type LocalDate, localDateOf, startOfLocalDay, yearOf } from '../calendar/dates';
import { groupSkipped, type SkippedRun } from '../calendar/explain';
import { isSupportedInstant, outOfWindow } from '../calendar/window';
import { addHours, addWorkingDays, countWorkingDays } from '../calendar/working-days';
import type { ClockTarget } from '../domain/deadline-policy';
import { summarizeClock } from './clock-summary';

/** Everything a deadline depends on; stored with the case (jsonb) so it can be recomputed any time. */
export interface ClockState {
  policyId: number | null;
  policyLabel: string;
  unit: 'hours' | 'working-days';
  targets: ClockTarget[];
  maxExtensions: number;
  maxExtensionAmount: number;
  notifyLeader: boolean;
  startAt: string;
  startReason: 'received' | 'detected' | 'supplement-received';
  pauses: { from: string; to?: string; reason: string; party?: string }[];
  extensions: {
    amount: number;
    approver: string;
    reason: string;
    applicantNotifiedAt: string;
    at: string;
    recordedBy?: string;
  }[];
  supplements: { requestedAt: string; items: string; receivedAt?: string }[];
  /** Targets already met, by key, e.g. the press conference held. */
  met: Record<string, { at: string; url?: string }>;
}

export interface TargetDue {
  key: string;
  amount: number;
  dueAt: string;
  metAt?: string;
  onTime?: boolean;
}

export interface DueExplanation {
  unit: ClockState['unit'];
  policyLabel: string;
  calendarVersion: string;
  startedAt: string;
  startReason: ClockState['startReason'];
  targets: TargetDue[];
  extensionAmount: number;
  pausedAmount: number;
  state: 'running' | 'paused' | 'awaiting-supplement' | 'met' | 'stopped';
  pausedSince?: string;
  skipped: SkippedRun[];
  weekendWorkdays: LocalDate[];
  uncoveredYears: number[];
  summary: { zh: string; en: string };
}

interface CalendarTrace {
  skipped: SkippedRun[];
  weekendWorkdays: LocalDate[];
  uncoveredYears: number[];
}

export interface DueResult {
  /** The earliest unmet target's deadline (or the last one when all are met); null while stopped. */
  dueAt: Date | null;
  dueSoonAt: Date | null;
  running: boolean;
  explanation: DueExplanation;
}

export type ClockPhase = 'open' | 'paused' | 'awaiting-supplement' | 'finished';

/** Share of an hours window left when a case becomes "due soon" (5 h → 75 min, 48 h → 12 h). */
const DUE_SOON_FRACTION = 0.25;

export function computeDue(
  state: ClockState,
  calendar: WorkCalendar,
  phase: ClockPhase,
  now: Date,
): DueResult {
  const start = new Date(state.startAt);
  if (!isSupportedInstant(start.getTime())) throw outOfWindow(state.startAt);
  const pauses = state.pauses.filter((p) => new Date(p.from) >= start);
  const openPause = pauses.find((p) => !p.to);
  const extensionAmount = state.extensions.reduce((sum, e) => sum + e.amount, 0);
  let pausedAmount = 0;
  let dueOf: (amount: number) => { dueAt: Date; dueSoonAt: Date; trace?: CalendarTrace };

  if (state.unit === 'hours') {
    pausedAmount = pauses.reduce((sum, p) => sum + hoursBetween(p.from, p.to ?? now.toISOString()), 0);
    dueOf = (amount) => {
      const dueAt = addHours(start, amount + extensionAmount + pausedAmount);
      if (!isSupportedInstant(dueAt.getTime())) throw outOfWindow(state.startAt);
      return { dueAt, dueSoonAt: addHours(dueAt, -amount * DUE_SOON_FRACTION) };
    };
  } else {
    const startDate = localDateOf(start);
    pausedAmount = pauses.reduce(
      (sum, p) =>
        sum + countWorkingDays(calendar, localDateOf(new Date(p.from)), localDateOf(new Date(p.to ?? now))),
      0,
    );
    dueOf = (amount) => {
      const result = addWorkingDays(calendar, startDate, amount + extensionAmount + pausedAmount);
      const trace: CalendarTrace = {
        skipped: groupSkipped(result.skipped),
        weekendWorkdays: result.weekendWorkdays.map((d) => d.date),
        uncoveredYears: [...new Set(result.uncovered.map(yearOf))].sort(),
      };
      return { dueAt: endOfLocalDay(result.dueDate), dueSoonAt: startOfLocalDay(result.dueDate), trace };
    };
  }

  const targets = [...state.targets].sort((a, b) => a.amount - b.amount);
  const computed = targets.map((t) => ({ target: t, ...dueOf(t.amount) }));
  const targetDues: TargetDue[] = computed.map(({ target, dueAt }) => {
    const met = state.met[target.key];
    return met
      ? { ...target, dueAt: dueAt.toISOString(), metAt: met.at, onTime: new Date(met.at) <= dueAt }
      : { ...target, dueAt: dueAt.toISOString() };
  });
  const next = computed.find((c) => !state.met[c.target.key]);
  const last = computed.at(-1)!;
  const clockState: DueExplanation['state'] = openPause
    ? 'paused'
    : phase === 'awaiting-supplement'
      ? 'awaiting-supplement'
      : !next
        ? 'met'
        : phase === 'finished'
          ? 'stopped'
          : 'running';
  const stoppedNow = clockState === 'paused' || clockState === 'awaiting-supplement';
  const chosen = next ?? last;

  const explanation: DueExplanation = {
    unit: state.unit,
    policyLabel: state.policyLabel,
    calendarVersion: calendar.version,
    startedAt: state.startAt,
    startReason: state.startReason,
    targets: targetDues,
    extensionAmount,
    pausedAmount,
    state: clockState,
    pausedSince: openPause?.from,
    skipped: chosen.trace?.skipped ?? [],
    weekendWorkdays: chosen.trace?.weekendWorkdays ?? [],
    uncoveredYears: chosen.trace?.uncoveredYears ?? [],
    summary: { zh: '', en: '' },
  };
  explanation.summary = summarizeClock(explanation);
  return {
    dueAt: stoppedNow ? null : chosen.dueAt,
    dueSoonAt: stoppedNow ? null : chosen.dueSoonAt,
    running: clockState === 'running',
    explanation,
  };
}

const hoursBetween = (from: string, to: string) =>
  Math.max(0, (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000);
