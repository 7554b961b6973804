import type { CaseAction, CaseActionPayload } from '../../../domain/case-action';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { answeredOnTime } from '../../../rules/case-figures';
import type { ClockState } from '../../../rules/clock';
import type { cases } from '../../schema';
import type { CaseRow } from './clock';

export type CaseChanges = Partial<typeof cases.$inferInsert>;

export interface EffectInput<A extends CaseAction> {
  row: CaseRow;
  payload: CaseActionPayload<A>;
  actor: Actor | null;
  now: Date;
  /** A copy of the clock to change (null when the case type has no deadline policy). */
  clock: ClockState | null;
}

const badRequest = (zh: string, en: string) => new AppError('BAD_REQUEST', { zh, en });

function departments(lead: number, co: readonly number[]) {
  const coIds = [...new Set(co.filter((d) => d !== lead))];
  return { leadDepartmentId: lead, coDepartmentIds: coIds, departmentIds: [lead, ...coIds] };
}

/** What each action changes on the case row itself (status and clock columns are set by the caller). */
export const effects = {
  assign: ({ payload }: EffectInput<'assign'>) => departments(payload.departmentId, payload.coDepartmentIds),
  reassign: ({ payload }: EffectInput<'reassign'>) =>
    departments(payload.departmentId, payload.coDepartmentIds),
  accept: ({ now }: EffectInput<'accept'>) => ({ acceptedAt: now }),
  merge: ({ row, payload }: EffectInput<'merge'>) => {
    if (payload.intoId === row.id) throw badRequest('不能并入自身', 'A case cannot be merged into itself');
    return { mergedIntoId: payload.intoId };
  },
  suspend: ({ row, payload, clock, now }: EffectInput<'suspend'>) => {
    clock?.pauses.push({ from: now.toISOString(), reason: payload.reason, party: payload.party });
    return { previousStatus: row.status };
  },
  resume: ({ clock, now }: EffectInput<'resume'>) => {
    const open = clock?.pauses.find((p) => !p.to);
    if (open) open.to = now.toISOString();
    return { previousStatus: null };
  },
  extend: ({ payload, clock, now, actor }: EffectInput<'extend'>) => {
    if (!clock) throw badRequest('此工单没有计时规则', 'This case has no deadline clock');
    if (payload.workingDays > clock.maxExtensionAmount) {
      throw badRequest(
        `延期不得超过 ${clock.maxExtensionAmount} 个工作日`,
        `An extension may not exceed ${clock.maxExtensionAmount} working days`,
      );
    }
    clock.extensions.push({
      amount: payload.workingDays,
      approver: payload.approver,
      reason: payload.reason,
      applicantNotifiedAt: (payload.applicantNotifiedAt ?? now).toISOString(),
      at: now.toISOString(),
      ...(actor ? { recordedBy: actor.username } : {}),
    });
    return {};
  },
  'request-supplement': ({ row, payload, clock, now }: EffectInput<'request-supplement'>) => {
    clock?.supplements.push({ requestedAt: now.toISOString(), items: payload.items });
    return { previousStatus: row.status };
  },
  'receive-supplement': ({ payload, clock, now }: EffectInput<'receive-supplement'>) => {
    const receivedAt = payload.receivedAt ?? now;
    if (clock) {
      const open = clock.supplements.findLast((s) => !s.receivedAt);
      if (open) open.receivedAt = receivedAt.toISOString();
      // 条例 Art. 30: the answer period counts from the receipt of the 补正, it is not a pause.
      clock.startAt = receivedAt.toISOString();
      clock.startReason = 'supplement-received';
    }
    return { previousStatus: null };
  },
  milestone: ({ payload, clock, now }: EffectInput<'milestone'>) => {
    if (clock && !clock.targets.some((t) => t.key === payload.key)) {
      throw badRequest('此工单没有该时限节点', `This case has no "${payload.key}" deadline`);
    }
    if (clock) clock.met[payload.key] = { at: (payload.at ?? now).toISOString(), url: payload.url };
    return {};
  },
  'follow-up': ({ payload, now }: EffectInput<'follow-up'>) => ({
    satisfaction: payload.satisfaction,
    satisfactionNote: payload.note ?? null,
    followedUpAt: now,
  }),
} satisfies Partial<Record<CaseAction, (input: never) => CaseChanges>>;

/** Mark the clock targets a published answer meets, and report whether it came in time. */
export function markAnswered(row: CaseRow, clock: ClockState | null, now: Date): CaseChanges {
  if (clock) {
    for (const key of ['answer', 'response', 'authoritative-info']) {
      if (clock.targets.some((t) => t.key === key) && !clock.met[key])
        clock.met[key] = { at: now.toISOString() };
    }
  }
  if (row.completedAt) return {};
  return { completedAt: now, completedOnTime: answeredOnTime(now, row.dueAt) };
}
