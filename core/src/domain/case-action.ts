import { z } from 'zod';
import { DisclosureOutcomeSchema } from './disclosure';

/** Every transition of a case is `POST /api/cases/:id/actions/<action>` with one of these bodies. */
export const caseActions = [
  'assign',
  'accept',
  'return',
  'reassign',
  'submit',
  'approve',
  'reject',
  'publish',
  'close',
  'merge',
  'suspend',
  'resume',
  'extend',
  'request-supplement',
  'receive-supplement',
  'milestone',
  'follow-up',
] as const;
export const CaseActionSchema = z.enum(caseActions);
export type CaseAction = z.infer<typeof CaseActionSchema>;

const note = z.string().trim().max(2000).optional();
const departmentIds = z.array(z.number().int().positive()).max(20).default([]);

export const suspendReasons = ['third-party-consultation', 'agency-consultation', 'other'] as const;
export const milestoneKeys = ['authoritative-info', 'press-conference', 'response'] as const;
export const satisfactionLevels = ['satisfied', 'basically-satisfied', 'dissatisfied'] as const;

export const caseActionPayloads = {
  assign: z.object({ departmentId: z.number().int().positive(), coDepartmentIds: departmentIds, note }),
  accept: z.object({ note }),
  return: z.object({ reason: z.string().trim().min(2).max(2000) }),
  reassign: z.object({
    departmentId: z.number().int().positive(),
    coDepartmentIds: departmentIds,
    reason: z.string().trim().min(2).max(2000),
  }),
  submit: z.object({ draftId: z.number().int().positive().optional(), note }),
  approve: z.object({ comment: note }),
  reject: z.object({ comment: z.string().trim().min(2).max(2000) }),
  publish: z.object({
    channels: z.array(z.string().trim().max(32)).max(10).default(['portal']),
    /** 依申请公开: the answer's outcome, if not recorded on the case yet. */
    outcome: DisclosureOutcomeSchema.optional(),
  }),
  close: z.object({ note, outcome: DisclosureOutcomeSchema.optional() }),
  merge: z.object({ intoId: z.number().int().positive(), note }),
  suspend: z.object({ reason: z.enum(suspendReasons), party: z.string().trim().max(200).optional(), note }),
  resume: z.object({ note }),
  extend: z.object({
    workingDays: z.number().int().min(1).max(60),
    approver: z.string().trim().min(1).max(64),
    reason: z.string().trim().min(2).max(2000),
    /** When the applicant was told (条例 Art. 33); defaults to now. */
    applicantNotifiedAt: z.coerce.date().optional(),
  }),
  'request-supplement': z.object({ items: z.string().trim().min(2).max(2000), note }),
  'receive-supplement': z.object({ receivedAt: z.coerce.date().optional(), note }),
  milestone: z.object({
    key: z.enum(milestoneKeys),
    at: z.coerce.date().optional(),
    url: z.string().trim().url().max(500).optional(),
    note,
  }),
  'follow-up': z.object({ satisfaction: z.enum(satisfactionLevels), note }),
} as const satisfies Record<CaseAction, z.ZodType>;

export type CaseActionPayload<A extends CaseAction> = z.output<(typeof caseActionPayloads)[A]>;
