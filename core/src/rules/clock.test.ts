import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar/calendar';
import type { DeadlinePolicy } from '../domain/deadline-policy';
import { type ClockState, computeDue } from './clock';
import { choosePolicy, defaultDeadlinePolicies, startClock } from './deadline-policies';

const calendar = new WorkCalendar();
const policies: DeadlinePolicy[] = defaultDeadlinePolicies.map((p, i) => ({ ...p, id: i + 1 }));
const policyFor = (type: DeadlinePolicy['caseType'], severity: DeadlinePolicy['severity'] = null) =>
  choosePolicy(policies, { type, severity, jurisdiction: 'default' })!;
/** 09:30 Beijing time on a date. */
const beijing = (date: string, time = '09:30') => new Date(`${date}T${time}:00+08:00`);
const now = beijing('2026-02-13', '10:00');

describe('the 依申请公开 clock', () => {
  it('gives 20 WD from a Friday receipt before the Spring Festival: end of 2026-03-19', () => {
    const clock = startClock(policyFor('disclosure'), beijing('2026-02-13'), 'received');
    const due = computeDue(clock, calendar, 'open', now);
    expect(due.dueAt?.toISOString()).toBe(new Date('2026-03-19T23:59:59.999+08:00').toISOString());
    expect(due.explanation.summary.zh).toContain('春节 2026-02-15–2026-02-23（9天）');
    expect(due.explanation.summary.zh).toContain('调休上班日计入：2026-02-14、2026-02-28');
    expect(due.explanation.calendarVersion).toBe(calendar.version);
    expect(due.running).toBe(true);
  });

  it('restarts the period from the receipt of the 补正, not from the application', () => {
    const clock: ClockState = {
      ...startClock(policyFor('disclosure'), beijing('2026-03-02'), 'received'),
      startAt: beijing('2026-03-10').toISOString(),
      startReason: 'supplement-received',
    };
    expect(computeDue(clock, calendar, 'open', now).dueAt).toEqual(new Date('2026-04-08T23:59:59.999+08:00'));
    expect(computeDue(clock, calendar, 'open', now).explanation.summary.zh).toContain('收到补正');
  });

  it('does not count the working days of a third-party consultation', () => {
    const clock = startClock(policyFor('disclosure'), beijing('2026-03-02'), 'received');
    const plain = computeDue(clock, calendar, 'open', now).dueAt!;
    expect(plain).toEqual(new Date('2026-03-30T23:59:59.999+08:00'));
    clock.pauses.push({
      from: beijing('2026-03-04').toISOString(),
      to: beijing('2026-03-11').toISOString(),
      reason: 'third-party-consultation',
    });
    const paused = computeDue(clock, calendar, 'open', now);
    // (Mar 4, Mar 11] holds 5 working days: 5, 6, 9, 10, 11.
    expect(paused.explanation.pausedAmount).toBe(5);
    expect(paused.dueAt).toEqual(new Date('2026-04-07T23:59:59.999+08:00'));
  });

  it('stops the clock while paused or awaiting a 补正, and shows why', () => {
    const clock = startClock(policyFor('disclosure'), beijing('2026-03-02'), 'received');
    clock.pauses.push({ from: beijing('2026-03-04').toISOString(), reason: 'third-party-consultation' });
    const paused = computeDue(clock, calendar, 'paused', beijing('2026-03-06'));
    expect(paused).toMatchObject({ dueAt: null, running: false });
    expect(paused.explanation.state).toBe('paused');
    expect(paused.explanation.summary.zh).toContain('暂停计时');
    const waiting = computeDue(
      startClock(policyFor('disclosure'), beijing('2026-03-02'), 'received'),
      calendar,
      'awaiting-supplement',
      now,
    );
    expect(waiting.dueAt).toBeNull();
    expect(waiting.explanation.summary.zh).toContain('补正');
  });

  it('adds an approved extension of up to 20 WD', () => {
    const clock = startClock(policyFor('disclosure'), beijing('2026-03-02'), 'received');
    clock.extensions.push({
      amount: 20,
      approver: '办公室主任',
      reason: '需调取档案',
      applicantNotifiedAt: now.toISOString(),
      at: now.toISOString(),
    });
    const due = computeDue(clock, calendar, 'open', now);
    expect(due.dueAt).toEqual(new Date('2026-04-28T23:59:59.999+08:00'));
    expect(due.explanation.summary.zh).toContain('延期 20 个工作日');
  });

  it('warns when the period runs into a year without an official arrangement', () => {
    const clock = startClock(policyFor('disclosure'), beijing('2031-12-20'), 'received');
    expect(computeDue(clock, calendar, 'open', now).explanation.uncoveredYears).toContain(2032);
  });
});

describe('the opinion-event clocks (wall clock)', () => {
  it('runs 5 h and 24 h for a major event, then only the press conference once information is out', () => {
    const detected = beijing('2026-02-17', '22:00'); // a Spring Festival night: holidays do not count
    const clock = startClock(policyFor('opinion', 'major'), detected, 'detected');
    const first = computeDue(clock, calendar, 'open', detected);
    expect(first.dueAt).toEqual(new Date('2026-02-18T03:00:00+08:00'));
    expect(first.explanation.targets.map((t) => t.amount)).toEqual([5, 24]);
    clock.met['authoritative-info'] = { at: beijing('2026-02-18', '01:00').toISOString() };
    const second = computeDue(clock, calendar, 'open', detected);
    expect(second.dueAt).toEqual(new Date('2026-02-18T22:00:00+08:00'));
    expect(second.explanation.targets[0]).toMatchObject({ onTime: true });
  });

  it('gives other opinion 48 hours and marks it met when answered', () => {
    const detected = beijing('2026-05-01', '08:00');
    const clock = startClock(policyFor('opinion', 'general'), detected, 'detected');
    expect(computeDue(clock, calendar, 'open', detected).dueAt).toEqual(
      new Date('2026-05-03T08:00:00+08:00'),
    );
    clock.met.response = { at: beijing('2026-05-04').toISOString() };
    const met = computeDue(clock, calendar, 'finished', detected);
    expect(met.running).toBe(false);
    expect(met.explanation.targets[0]).toMatchObject({ onTime: false });
  });
});

describe('choosing a deadline policy', () => {
  it('prefers the case jurisdiction and exact severity over the defaults', () => {
    const jiangxi: DeadlinePolicy = {
      ...policies.find((p) => p.caseType === 'complaint')!,
      id: 99,
      jurisdiction: 'jiangxi',
      targets: [{ key: 'answer', amount: 5 }],
    };
    const all = [...policies, jiangxi];
    expect(choosePolicy(all, { type: 'complaint', severity: null, jurisdiction: 'jiangxi' })?.id).toBe(99);
    expect(
      choosePolicy(all, { type: 'complaint', severity: null, jurisdiction: 'hubei' })?.targets[0]?.amount,
    ).toBe(15);
    expect(
      choosePolicy(all, { type: 'opinion', severity: 'especially-major', jurisdiction: 'default' })?.targets,
    ).toHaveLength(2);
    expect(
      choosePolicy(all, { type: 'opinion', severity: 'large', jurisdiction: 'default' })?.targets[0]?.amount,
    ).toBe(48);
    expect(
      choosePolicy(all, { type: 'consultation', severity: null, jurisdiction: 'default' })?.targets[0]
        ?.amount,
    ).toBe(2);
  });
});
