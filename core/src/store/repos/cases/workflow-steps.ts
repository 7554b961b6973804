import { and, eq, notInArray } from 'drizzle-orm';
import type { CaseStatus } from '../../../domain/case';
import type { CaseAction, CaseActionPayload } from '../../../domain/case-action';
import type { DisclosureOutcome } from '../../../domain/disclosure';
import type { Actor } from '../../../domain/user';
import { AppError } from '../../../errors';
import { finishedStatuses } from '../../../rules/case-machine';
import type { Db } from '../../db';
import { cases } from '../../schema';
import { notifyUsers } from '../notifications';
import type { CaseRow } from './clock';
import type { CaseChanges } from './effects';
import {
  insertResponse,
  latestDraft,
  moveMessages,
  recipients,
  setDraftStatus,
  syncMessageDepartments,
} from './side-effects';

export interface Step {
  row: CaseRow;
  changes: CaseChanges;
  status: CaseStatus;
  payload: CaseActionPayload<never>;
  actor: Actor;
  now: Date;
}

const conflict = (zh: string, en: string) => new AppError('CONFLICT', { zh, en });

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

async function assign(db: Db, { row, changes }: Step): Promise<CaseChanges> {
  const departmentIds = changes.departmentIds ?? row.departmentIds;
  await syncMessageDepartments(db, { id: row.id, messageId: row.messageId, departmentIds });
  const users = await recipients(db, { departmentIds });
  await notifyUsers(db, users, { kind: 'assigned', caseId: row.id, title: `${row.code} ${row.title}` });
  return {};
}

/** Side effects and extra columns of actions that reach beyond the case row. */
const steps: Partial<Record<CaseAction, (db: Db, step: Step) => Promise<CaseChanges>>> = {
  assign,
  reassign: assign,
  return: async (db, { row, payload }) => {
    const users = await recipients(db, { roles: ['duty'] });
    const reason = (payload as CaseActionPayload<'return'>).reason;
    await notifyUsers(db, users, {
      kind: 'returned',
      caseId: row.id,
      title: `${row.code} ${row.title}`,
      detail: { reason },
    });
    return {};
  },
  submit: async (db, { row, payload }) => {
    const wanted = (payload as CaseActionPayload<'submit'>).draftId;
    const draft = await latestDraft(db, row.id, ['draft', 'rejected']);
    if (!draft || (wanted && draft.id !== wanted))
      throw conflict('请提交最新版本的答复稿', 'Submit the latest draft version');
    await setDraftStatus(db, draft.id, 'submitted');
    await notifyUsers(db, await recipients(db, { roles: ['reviewer'] }), {
      kind: 'review',
      caseId: row.id,
      title: `${row.code} ${row.title}`,
    });
    return {};
  },
  approve: async (db, { row, payload }) => {
    const draft = await latestDraft(db, row.id, ['submitted']);
    if (!draft) throw conflict('没有待审核的答复稿', 'No draft awaits review');
    await setDraftStatus(db, draft.id, 'approved', (payload as CaseActionPayload<'approve'>).comment);
    return {};
  },
  reject: async (db, { row, payload }) => {
    const draft = await latestDraft(db, row.id, ['submitted']);
    const comment = (payload as CaseActionPayload<'reject'>).comment;
    if (draft) await setDraftStatus(db, draft.id, 'rejected', comment);
    const users = await recipients(db, { departmentIds: row.leadDepartmentId ? [row.leadDepartmentId] : [] });
    await notifyUsers(db, users, {
      kind: 'rejected',
      caseId: row.id,
      title: `${row.code} ${row.title}`,
      detail: { comment },
    });
    return {};
  },
  publish: async (db, { row, payload, actor, now }) => {
    const p = payload as CaseActionPayload<'publish'>;
    const outcome = requireOutcome(row, p.outcome);
    const draft = await latestDraft(db, row.id, ['approved']);
    if (!draft) throw conflict('没有已审核的答复稿', 'No approved draft to publish');
    await insertResponse(db, row, draft.body, actor.id, p.channels, now);
    return { ...outcome, publishedAt: now, ...(row.type === 'disclosure' ? { outcomeAt: now } : {}) };
  },
  close: async (_db, { row, payload, now }) => {
    const outcome = requireOutcome(row, (payload as CaseActionPayload<'close'>).outcome);
    const outcomeAt = row.type === 'disclosure' ? { outcomeAt: row.outcomeAt ?? now } : {};
    return { ...outcome, ...outcomeAt, closedAt: now };
  },
  merge: async (db, { row, payload }) => {
    const intoId = (payload as CaseActionPayload<'merge'>).intoId;
    const [into] = await db
      .select()
      .from(cases)
      .where(and(eq(cases.id, intoId), notInArray(cases.status, [...finishedStatuses])));
    if (!into)
      throw new AppError('BAD_REQUEST', {
        zh: '目标工单不存在或已办结',
        en: 'Target case missing or finished',
      });
    await moveMessages(db, row.id, into);
    return {};
  },
};

export function afterTransition(db: Db, action: CaseAction, step: Step): Promise<CaseChanges> {
  return steps[action]?.(db, step) ?? Promise.resolve({});
}
