import { z } from 'zod';
import { CaseTypeSchema, SeveritySchema } from './case';
import { updateOf } from './update';

export const clockUnits = ['hours', 'working-days'] as const;
/** A calendar override: a day off (放假) or a make-up working day (调休上班). */
export const calendarDayKinds = ['holiday', 'workday'] as const;

/** One clock a case must beat, e.g. `{key: 'press-conference', amount: 24}` in the policy's unit. */
export const ClockTargetSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z-]{2,32}$/),
  amount: z.number().int().min(1).max(400),
});
export type ClockTarget = z.infer<typeof ClockTargetSchema>;

const policyFields = {
  /** 'default' or a province / city profile such as 'jiangxi'; a case uses its own, else 'default'. */
  jurisdiction: z.string().trim().min(1).max(32).default('default'),
  caseType: CaseTypeSchema,
  /** Opinion events only; null matches every severity. */
  severity: SeveritySchema.nullable().default(null),
  unit: z.enum(clockUnits),
  targets: z.array(ClockTargetSchema).min(1).max(5),
  maxExtensions: z.number().int().min(0).max(5).default(1),
  /** Cap of one extension, in the policy's unit (依申请公开: 20 WD, 条例 Art. 33). */
  maxExtensionAmount: z.number().int().min(0).max(60).default(0),
  /** Also notify the leader when cases under this policy become overdue. */
  notifyLeader: z.boolean().default(false),
  label: z.string().trim().max(128).default(''),
  basis: z.string().trim().max(256).default(''),
  active: z.boolean().default(true),
};

export const DeadlinePolicyCreateSchema = z.object(policyFields);
export type DeadlinePolicyCreate = z.infer<typeof DeadlinePolicyCreateSchema>;
/** An update changes only what it sends (severity, basis … absent from the body stay). */
export const DeadlinePolicyUpdateSchema = updateOf(DeadlinePolicyCreateSchema);
export type DeadlinePolicyUpdate = z.infer<typeof DeadlinePolicyUpdateSchema>;
export const DeadlinePolicySchema = DeadlinePolicyCreateSchema.extend({ id: z.number().int() });
export type DeadlinePolicy = z.infer<typeof DeadlinePolicySchema>;

export const CalendarOverrideCreateSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  kind: z.enum(calendarDayKinds),
  name: z.string().trim().min(1).max(64),
  note: z.string().trim().max(500).nullable().default(null),
});
export type CalendarOverrideCreate = z.infer<typeof CalendarOverrideCreateSchema>;

/** Workflow options the administrator sets for the whole desk. */
export const WorkflowSettingsSchema = z.object({
  /** Leaders may approve or send back drafts as reviewers do ("approvals where configured"). */
  leaderApproves: z.boolean().default(false),
});
export type WorkflowSettings = z.infer<typeof WorkflowSettingsSchema>;
