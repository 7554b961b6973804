import { z } from 'zod';
import { ApplicantTypeSchema, DisclosureOutcomeSchema } from './disclosure';
import { dateTime, id } from './fields';

/** 咨询 求助 建议 投诉 举报 (12345 work orders), 依申请公开, 舆情事件; labels in case-labels.ts. */
export const caseTypes = [
  'consultation',
  'help',
  'suggestion',
  'complaint',
  'report',
  'disclosure',
  'opinion',
] as const;
export const CaseTypeSchema = z.enum(caseTypes);
export type CaseType = z.infer<typeof CaseTypeSchema>;

/** 特别重大 重大 较大 一般 (opinion events only). */
export const severities = ['especially-major', 'major', 'large', 'general'] as const;
export const SeveritySchema = z.enum(severities);
export type Severity = z.infer<typeof SeveritySchema>;

export const caseStatuses = [
  'new',
  'assigned',
  'accepted',
  'drafting',
  'in-review',
  'approved',
  'published',
  'closed',
  'returned',
  'merged',
  'suspended',
  'awaiting-supplement',
] as const;
export const CaseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Where the matter came in; 依申请公开 statistics fold these into online / letter / in person. */
export const channels = [
  'web',
  'wechat',
  'email',
  'letter',
  'phone',
  'in-person',
  'fax',
  'monitoring',
] as const;
export const ChannelSchema = z.enum(channels);
export type Channel = z.infer<typeof ChannelSchema>;

export const ContactSchema = z.object({
  name: z.string().trim().max(64).optional(),
  phone: z.string().trim().max(32).optional(),
  email: z.string().trim().max(128).optional(),
  idNumber: z.string().trim().max(32).optional(),
  address: z.string().trim().max(256).optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const escalations = ['none', 'due-soon', 'overdue'] as const;
export type Escalation = (typeof escalations)[number];

const caseFields = {
  type: CaseTypeSchema,
  severity: SeveritySchema.nullable().default(null),
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(20_000).default(''),
  channel: ChannelSchema.default('web'),
  contact: ContactSchema.nullable().default(null),
  /** Confirmed receipt (条例 Art. 31); the clock starts the next day. Defaults to now. */
  receivedAt: dateTime().nullish(),
  jurisdiction: z.string().trim().min(1).max(32).default('default'),
  applicantType: ApplicantTypeSchema.nullable().default(null),
};

export const CaseCreateSchema = z
  .object({
    ...caseFields,
    messageId: z.number().int().positive().nullable().default(null),
    eventId: z.number().int().positive().nullable().default(null),
  })
  .refine((c) => c.type !== 'opinion' || c.severity !== null, {
    message: 'an opinion event needs a severity',
    path: ['severity'],
  });
export type CaseCreate = z.infer<typeof CaseCreateSchema>;

/** Editable after creation (duty officer / admin); a changed receipt date recomputes the deadline. */
export const CaseUpdateSchema = z
  .object({
    title: caseFields.title,
    body: z.string().trim().max(20_000),
    severity: SeveritySchema.nullable(),
    receivedAt: dateTime(),
    jurisdiction: caseFields.jurisdiction,
    applicantType: ApplicantTypeSchema.nullable(),
    disclosureOutcome: DisclosureOutcomeSchema.nullable(),
    contact: ContactSchema.nullable(),
  })
  .partial();
export type CaseUpdate = z.infer<typeof CaseUpdateSchema>;

/** Filters of `GET /api/cases` (react-admin `filter` JSON). */
export const CaseFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  id: z.union([id(), z.array(id()).max(500)]).optional(),
  status: z.union([CaseStatusSchema, z.array(CaseStatusSchema)]).optional(),
  type: z.union([CaseTypeSchema, z.array(CaseTypeSchema)]).optional(),
  severity: SeveritySchema.optional(),
  leadDepartmentId: id().optional(),
  departmentId: id().optional(),
  escalation: z.enum(escalations).optional(),
  overdue: z.boolean().optional(),
  /** true: 未办结 (still being handled); false: 办结 (rules/case-figures.ts); absent: every case. */
  open: z.boolean().optional(),
  /** Past the due-soon moment of its deadline policy (临期 or already overdue), clock running. */
  dueSoon: z.boolean().optional(),
  messageId: id().optional(),
  eventId: id().optional(),
  createdFrom: dateTime().optional(),
  createdTo: dateTime().optional(),
  dueBefore: dateTime().optional(),
});
export type CaseFilter = z.infer<typeof CaseFilterSchema>;
export const caseSortFields = [
  'id',
  'createdAt',
  'updatedAt',
  'dueAt',
  'receivedAt',
  'status',
  'type',
] as const;
