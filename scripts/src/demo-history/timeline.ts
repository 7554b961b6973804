import {
  answeredOnTime,
  type CaseStatus,
  type CaseType,
  type ClockState,
  computeDue,
  type DisclosureOutcome,
  type WorkCalendar,
} from '@desk/core';
import type { SeededRandom } from './random';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Who takes a step: the duty officer, the lead department's handler, the reviewer. */
export type StepActor = 'duty' | 'handler' | 'reviewer';

export interface CaseStep {
  action: string;
  from: CaseStatus | null;
  to: CaseStatus;
  at: Date;
  actor: StepActor;
  payload: Record<string, unknown>;
}

/** The usual road of a case, each step at a share of the time the case takes to be answered. */
const road: { action: string; to: CaseStatus; actor: StepActor; share: number }[] = [
  { action: 'create', to: 'new', actor: 'duty', share: 0 },
  { action: 'assign', to: 'assigned', actor: 'duty', share: 0.04 },
  { action: 'accept', to: 'accepted', actor: 'handler', share: 0.1 },
  { action: 'draft', to: 'drafting', actor: 'handler', share: 0.3 },
  { action: 'submit', to: 'in-review', actor: 'handler', share: 0.7 },
  { action: 'approve', to: 'approved', actor: 'reviewer', share: 0.85 },
  { action: 'publish', to: 'published', actor: 'reviewer', share: 1 },
];
const roadIndex = (status: CaseStatus) => road.findIndex((s) => s.to === status);

/** Where a case received `ageDays` ago stands now: young cases are on their way, old ones answered. */
export function chooseStatus(ageDays: number, type: CaseType, random: SeededRandom): CaseStatus {
  const disclosure = type === 'disclosure';
  if (ageDays < 1.5) return random.weighted({ new: 4, assigned: 3, accepted: 2, drafting: 1 });
  if (ageDays < 4)
    return random.weighted({
      new: 1,
      assigned: 3,
      accepted: 4,
      drafting: 4,
      'in-review': 2,
      approved: 1,
      published: 3,
      returned: 1,
      'awaiting-supplement': disclosure ? 2 : 0,
    });
  if (ageDays < 15)
    return random.weighted({
      accepted: 1,
      drafting: 3,
      'in-review': 2,
      approved: 1,
      published: 14,
      closed: 1,
      suspended: 1,
      returned: 0.5,
      merged: 1,
      'awaiting-supplement': disclosure ? 2 : 0,
    });
  // Old cases are answered, but a few were forgotten (overdue) or are waiting for someone else.
  return random.weighted({
    published: 40,
    closed: 3,
    merged: 1,
    suspended: 0.3,
    drafting: 0.5,
    accepted: 0.3,
  });
}

export interface CaseTimeline {
  status: CaseStatus;
  steps: CaseStep[];
  clock: ClockState;
  completedAt: Date | null;
  completedOnTime: boolean | null;
  acceptedAt: Date | null;
  publishedAt: Date | null;
  closedAt: Date | null;
}

/**
 * The steps of one case from its receipt to `status`, timed against its real deadline: the answer comes
 * after a log-normal share of the allowed time (a few late), the other steps at their share of that.
 * The clock is changed as the desk's actions change it (pauses, supplements, targets met) and the
 * on-time flag is the desk's own `answeredOnTime` against the deadline in force at the answer.
 */
export function caseTimeline(input: {
  status: CaseStatus;
  type: CaseType;
  receivedAt: Date;
  clock: ClockState;
  calendar: WorkCalendar;
  now: Date;
  random: SeededRandom;
  outcome: DisclosureOutcome | null;
}): CaseTimeline {
  const { status, receivedAt, clock, calendar, now, random } = input;
  const firstDue = computeDue(clock, calendar, 'open', receivedAt).dueAt!;
  const allowed = firstDue.getTime() - receivedAt.getTime();
  const age = now.getTime() - receivedAt.getTime();
  const answerSpan = Math.max(HOUR_MS / 2, allowed * Math.min(random.lognormal(0.45, 0.55), 3));
  const steps: CaseStep[] = [];
  const at = (share: number, span: number) => new Date(receivedAt.getTime() + share * span);
  const outcome = input.outcome ? { outcome: input.outcome } : {};
  let completedAt: Date | null = null;
  let closedAt: Date | null = null;
  let publishedAt: Date | null = null;

  const walk = (until: CaseStatus, span: number) => {
    const last = roadIndex(until);
    for (let i = 0; i <= last; i++) {
      const s = road[i]!;
      const payload: Record<string, unknown> =
        s.action === 'publish'
          ? { channels: ['portal'], ...outcome }
          : s.action === 'create'
            ? { type: input.type }
            : {};
      steps.push({
        action: s.action,
        from: i ? road[i - 1]!.to : null,
        to: s.to,
        at: at(s.share, span),
        actor: s.actor,
        payload,
      });
    }
  };
  // An open case: its steps so far fit in the time since receipt.
  const openSpan = (reached: number) =>
    Math.min(age * (0.4 + random.next() * 0.55), answerSpan) / Math.max(reached, 0.1);

  switch (status) {
    case 'published':
      if (receivedAt.getTime() + answerSpan >= now.getTime())
        return caseTimeline({ ...input, status: 'in-review' });
      walk('published', answerSpan);
      completedAt = publishedAt = steps.at(-1)!.at;
      break;
    case 'closed': {
      const span = Math.min(answerSpan * 0.3, age * 0.5);
      steps.push({
        action: 'create',
        from: null,
        to: 'new',
        at: receivedAt,
        actor: 'duty',
        payload: { type: input.type },
      });
      steps.push({
        action: 'close',
        from: 'new',
        to: 'closed',
        at: at(1, span),
        actor: 'duty',
        payload: { ...outcome },
      });
      completedAt = closedAt = at(1, span);
      break;
    }
    case 'returned':
      walk('assigned', openSpan(0.1));
      steps.push({
        action: 'return',
        from: 'assigned',
        to: 'returned',
        at: at(0.1, openSpan(0.1)),
        actor: 'handler',
        payload: { reason: '不属于本单位职责范围，请重新分派' },
      });
      break;
    case 'merged':
      steps.push({
        action: 'create',
        from: null,
        to: 'new',
        at: receivedAt,
        actor: 'duty',
        payload: { type: input.type },
      });
      steps.push({
        action: 'merge',
        from: 'new',
        to: 'merged',
        at: at(0.05, answerSpan),
        actor: 'duty',
        payload: {},
      });
      break;
    case 'suspended': {
      walk('accepted', openSpan(0.3));
      const from = at(0.3, openSpan(0.3));
      clock.pauses.push({ from: from.toISOString(), reason: '等待第三方检测结果', party: '第三方检测机构' });
      steps.push({
        action: 'suspend',
        from: 'accepted',
        to: 'suspended',
        at: from,
        actor: 'handler',
        payload: { reason: '等待第三方检测结果' },
      });
      break;
    }
    case 'awaiting-supplement': {
      steps.push({
        action: 'create',
        from: null,
        to: 'new',
        at: receivedAt,
        actor: 'duty',
        payload: { type: input.type },
      });
      const requestedAt = at(0.5, Math.min(age, DAY_MS * 2));
      clock.supplements.push({
        requestedAt: requestedAt.toISOString(),
        items: '请补充所需信息的名称、文号或便于查询的其他特征描述',
      });
      steps.push({
        action: 'request-supplement',
        from: 'new',
        to: 'awaiting-supplement',
        at: requestedAt,
        actor: 'duty',
        payload: {},
      });
      break;
    }
    default: {
      const share = road[roadIndex(status)]!.share;
      walk(status, openSpan(share));
    }
  }

  let completedOnTime: boolean | null = null;
  if (completedAt) {
    const dueThen = computeDue(clock, calendar, 'open', completedAt).dueAt;
    completedOnTime = answeredOnTime(completedAt, dueThen);
    for (const t of clock.targets) clock.met[t.key] = { at: completedAt.toISOString() };
  }
  const accepted = steps.find((s) => s.action === 'accept');
  return {
    status,
    steps,
    clock,
    completedAt,
    completedOnTime,
    acceptedAt: accepted?.at ?? null,
    publishedAt,
    closedAt,
  };
}
