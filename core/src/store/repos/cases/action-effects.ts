import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { CaseAction, CaseActionPayload } from '../../../domain/case-action';
import type { DisclosureOutcome } from '../../../domain/disclosure';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { answeredOnTime } from '../../../rules/case-figures';
import { finishedStatuses } from '../../../rules/case-machine';
import type { ClockState } from '../../../rules/clock';
import type { Db } from '../../db';
import { cases, departments } from '../../schema';
import { notifyUsers } from '../notifications';
import type { CaseRow } from './clock';
import {
  insertResponse,
  latestDraft,
  moveMessages,
  recipients,
  setDraftStatus,
  syncMessageDepartments,
} from './side-effects';

export type CaseChanges = Partial<typeof cases.$inferInsert>;

export interface EffectInput<A extends CaseAction> {
  row: CaseRow;
  /** The validated body, personal data masked. */
  payload: CaseActionPayload<A>;
  actor: Actor;
  now: Date;
  /** A copy of the clock to change (null when the case type has no deadline policy). */
  clock: ClockState | null;
}

/**
 * What an action does besides moving the status, inside the action's transaction (row locked): the
 * columns of the case it changes (returned) and anything beyond the row (drafts, messages, responses,
 * notifications). Status, clock columns, history and audit are written by `applyCaseAction`.
 */
export type CaseActionEffect<A extends CaseAction> = (db: Db, input: EffectInput<A>) => Promise<CaseChanges>;

const badRequest = (zh: string, en: string) => new AppError('BAD_REQUEST', { zh, en });
const conflict = (zh: string, en: string) => new AppError('CONFLICT', { zh, en });
const titleOf = (row: CaseRow) => `${row.code} ${row.title}`;

/** The lead and co-departments of an assignment, all of which must exist. */
async function assignTo(db: Db, row: CaseRow, lead: number, co: readonly number[]): Promise<CaseChanges> {
  const coIds = [...new Set(co.filter((d) => d !== lead))];
  const departmentIds = [lead, ...coIds];
  const found = await db
    .select({ id: departments.id })
    .from(departments)
    .where(inArray(departments.id, departmentIds));
  if (found.length !== departmentIds.length) {
    throw new AppError('BAD_REQUEST', { zh: '承办单位不存在', en: 'Unknown department' }, { departmentIds });
  }
  await syncMessageDepartments(db, { id: row.id, messageId: row.messageId, departmentIds });
  const users = await recipients(db, { departmentIds });
  await notifyUsers(db, users, { kind: 'assigned', caseId: row.id, title: titleOf(row) });
  return { leadDepartmentId: lead, coDepartmentIds: coIds, departmentIds };
}

/** The disclosure outcome must be known when a 依申请公开 case is answered or closed (annual report). */
function requireOutcome(row: CaseRow, outcome: DisclosureOutcome | undefined): CaseChanges {
  if (row.type !== 'disclosure') return {};
  const chosen = outcome ?? (row.disclosureOutcome as DisclosureOutcome | null);
  if (!chosen) {
    throw new AppError('BAD_REQUEST', {
      zh: '依申请公开答复须选择办理结果',
      en: 'A disclosure answer needs its outcome (outcome)',
    });
  }
  return { disclosureOutcome: chosen };
}

/** Mark the clock targets an answer meets, and record whether it came in time (once). */
function markAnswered(row: CaseRow, clock: ClockState | null, now: Date): CaseChanges {
  if (clock) {
    for (const key of ['answer', 'response', 'authoritative-info']) {
      if (clock.targets.some((t) => t.key === key) && !clock.met[key])
        clock.met[key] = { at: now.toISOString() };
    }
  }
  if (row.completedAt) return {};
  return { completedAt: now, completedOnTime: answeredOnTime(now, row.dueAt) };
}

/** One effect per action: the type requires an entry for every action of `caseActionDefinitions`. */
export const caseActionEffects: { readonly [A in CaseAction]: CaseActionEffect<A> } = {
  assign: (db, { row, payload }) => assignTo(db, row, payload.departmentId, payload.coDepartmentIds),
  reassign: (db, { row, payload }) => assignTo(db, row, payload.departmentId, payload.coDepartmentIds),
  accept: async (_db, { now }) => ({ acceptedAt: now }),
  return: async (db, { row, payload }) => {
    await notifyUsers(db, await recipients(db, { roles: ['duty'] }), {
      kind: 'returned',
      caseId: row.id,
      title: titleOf(row),
      detail: { reason: payload.reason },
    });
    return {};
  },
  submit: async (db, { row, payload }) => {
    const draft = await latestDraft(db, row.id, ['draft', 'rejected']);
    if (!draft || (payload.draftId && draft.id !== payload.draftId))
      throw conflict('请提交最新版本的答复稿', 'Submit the latest draft version');
    await setDraftStatus(db, draft.id, 'submitted');
    await notifyUsers(db, await recipients(db, { roles: ['reviewer'] }), {
      kind: 'review',
      caseId: row.id,
      title: titleOf(row),
    });
    return {};
  },
  approve: async (db, { row, payload }) => {
    const draft = await latestDraft(db, row.id, ['submitted']);
    if (!draft) throw conflict('没有待审核的答复稿', 'No draft awaits review');
    await setDraftStatus(db, draft.id, 'approved', payload.comment);
    return {};
  },
  reject: async (db, { row, payload }) => {
    const draft = await latestDraft(db, row.id, ['submitted']);
    if (draft) await setDraftStatus(db, draft.id, 'rejected', payload.comment);
    const users = await recipients(db, { departmentIds: row.leadDepartmentId ? [row.leadDepartmentId] : [] });
    await notifyUsers(db, users, {
      kind: 'rejected',
      caseId: row.id,
      title: titleOf(row),
      detail: { comment: payload.comment },
    });
    return {};
  },
  publish: async (db, { row, payload, actor, clock, now }) => {
    const outcome = requireOutcome(row, payload.outcome);
    const draft = await latestDraft(db, row.id, ['approved']);
    if (!draft) throw conflict('没有已审核的答复稿', 'No approved draft to publish');
    await insertResponse(db, row, draft.body, actor.id, payload.channels, now);
    return {
      ...outcome,
      publishedAt: now,
      ...(row.type === 'disclosure' ? { outcomeAt: now } : {}),
      ...markAnswered(row, clock, now),
    };
  },
  close: async (_db, { row, payload, clock, now }) => {
    const outcome = requireOutcome(row, payload.outcome);
    const outcomeAt = row.type === 'disclosure' ? { outcomeAt: row.outcomeAt ?? now } : {};
    const answered = row.completedAt ? {} : markAnswered(row, clock, now);
    return { ...outcome, ...outcomeAt, closedAt: now, ...answered };
  },
  merge: async (db, { row, payload }) => {
    if (payload.intoId === row.id) throw badRequest('不能并入自身', 'A case cannot be merged into itself');
    const [into] = await db
      .select()
      .from(cases)
      .where(and(eq(cases.id, payload.intoId), notInArray(cases.status, [...finishedStatuses])));
    if (!into) throw badRequest('目标工单不存在或已办结', 'Target case missing or finished');
    await moveMessages(db, row.id, into);
    return { mergedIntoId: payload.intoId };
  },
  suspend: async (_db, { row, payload, clock, now }) => {
    clock?.pauses.push({ from: now.toISOString(), reason: payload.reason, party: payload.party });
    return { previousStatus: row.status };
  },
  resume: async (_db, { clock, now }) => {
    const open = clock?.pauses.find((p) => !p.to);
    if (open) open.to = now.toISOString();
    return { previousStatus: null };
  },
  extend: async (_db, { payload, clock, now, actor }) => {
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
      recordedBy: actor.username,
    });
    return {};
  },
  'request-supplement': async (_db, { row, payload, clock, now }) => {
    clock?.supplements.push({ requestedAt: now.toISOString(), items: payload.items });
    return { previousStatus: row.status };
  },
  'receive-supplement': async (_db, { payload, clock, now }) => {
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
  milestone: async (_db, { payload, clock, now }) => {
    if (clock && !clock.targets.some((t) => t.key === payload.key)) {
      throw badRequest('此工单没有该时限节点', `This case has no "${payload.key}" deadline`);
    }
    if (clock) clock.met[payload.key] = { at: (payload.at ?? now).toISOString(), url: payload.url };
    return {};
  },
  'follow-up': async (_db, { payload, now }) => ({
    satisfaction: payload.satisfaction,
    satisfactionNote: payload.note ?? null,
    followedUpAt: now,
  }),
};
