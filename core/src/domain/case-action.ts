import { z } from 'zod';
import type { CaseStatus, CaseType } from './case';
import { DisclosureOutcomeSchema } from './disclosure';
import { dateTime } from './fields';
import type { Role } from './user';

/** What the state machine needs to know about a case. */
export interface CaseFacts {
  status: CaseStatus;
  type: CaseType;
  leadDepartmentId: number | null;
  departmentIds: readonly number[];
  unit: 'hours' | 'working-days';
  extensionsUsed: number;
  maxExtensions: number;
  hasDraft: boolean;
}

/** Where an action may be taken and by whom; `rules/case-machine.ts` decides with it. */
export interface CaseTransition {
  from: readonly CaseStatus[];
  /** 'previous' returns to the status before a pause; 'same' keeps the status (a recorded fact). */
  to: CaseStatus | 'previous' | 'same';
  /** Roles besides admin; a handler must belong to the lead department (主办). */
  roles: readonly Role[];
  types?: readonly CaseType[];
  when?: (c: CaseFacts) => boolean;
  /** Leaders may do it too where the administrator turned leader approvals on (workflow settings). */
  leaderWhenConfigured?: boolean;
  /** How the admin's button looks (default: outlined). */
  tone?: 'primary' | 'danger';
}

/**
 * How the admin asks for one field of an action's body: free text (several lines or one), a department,
 * several departments, another case, a number of working days, a moment, one of a value list (labelled
 * by the `choose` kind), or `preset` (not asked: the page's defaults or the schema's default apply).
 */
export type CaseActionInput =
  | 'text'
  | 'line'
  | 'department'
  | 'departments'
  | 'case'
  | 'working-days'
  | 'datetime'
  | 'preset'
  | { choose: string; values: readonly string[] };

type Body = z.ZodObject<z.ZodRawShape>;

export interface CaseActionDefinition<P extends Body = Body> extends CaseTransition {
  /** The body of `POST /api/cases/:id/actions/<action>` (API validator, OpenAPI, admin form). */
  payload: P;
  /** One admin input per body field, in the order shown: a field without one does not compile. */
  inputs: { readonly [K in keyof z.input<P>]-?: CaseActionInput };
}

const define = <P extends Body>(d: CaseActionDefinition<P>) => d;

const note = z.string().trim().max(2000).optional();
const reason = z.string().trim().min(2).max(2000);
const departmentId = z.number().int().positive();
const coDepartmentIds = z.array(z.number().int().positive()).max(20).default([]);

export const suspendReasons = ['third-party-consultation', 'agency-consultation', 'other'] as const;
export const milestoneKeys = ['authoritative-info', 'press-conference', 'response'] as const;
export const satisfactionLevels = ['satisfied', 'basically-satisfied', 'dissatisfied'] as const;

const WORKING = ['assigned', 'accepted', 'drafting', 'in-review', 'approved'] as const;
const LEAD_OR_DESK = ['handler', 'duty'] as const;

/**
 * Every case action, once: the states it starts from and leads to, who may take it, its body and the
 * admin's inputs. Its effects are `core/src/store/repos/cases/action-effects.ts` (one entry each, required
 * by type). Adding an action = an entry here + its effect + its labels (i18n). The workflow:
 * new → assigned → accepted → drafting → in review → approved → published (办结).
 */
export const caseActionDefinitions = {
  assign: define({
    from: ['new', 'returned'],
    to: 'assigned',
    roles: ['duty'],
    tone: 'primary',
    payload: z.object({ departmentId, coDepartmentIds, note }),
    inputs: { departmentId: 'department', coDepartmentIds: 'departments', note: 'text' },
  }),
  accept: define({
    from: ['assigned'],
    to: 'accepted',
    roles: ['handler'],
    tone: 'primary',
    payload: z.object({ note }),
    inputs: { note: 'text' },
  }),
  return: define({
    from: ['assigned', 'accepted'],
    to: 'returned',
    roles: ['handler'],
    tone: 'danger',
    payload: z.object({ reason }),
    inputs: { reason: 'text' },
  }),
  reassign: define({
    from: ['assigned', 'accepted', 'drafting', 'returned'],
    to: 'assigned',
    roles: ['duty'],
    payload: z.object({ departmentId, coDepartmentIds, reason }),
    inputs: { departmentId: 'department', coDepartmentIds: 'departments', reason: 'text' },
  }),
  submit: define({
    from: ['accepted', 'drafting'],
    to: 'in-review',
    roles: ['handler'],
    when: (c) => c.hasDraft,
    tone: 'primary',
    payload: z.object({ draftId: z.number().int().positive().optional(), note }),
    inputs: { draftId: 'preset', note: 'text' },
  }),
  approve: define({
    from: ['in-review'],
    to: 'approved',
    roles: ['reviewer'],
    leaderWhenConfigured: true,
    tone: 'primary',
    payload: z.object({ comment: note }),
    inputs: { comment: 'text' },
  }),
  reject: define({
    from: ['in-review'],
    to: 'drafting',
    roles: ['reviewer'],
    leaderWhenConfigured: true,
    tone: 'danger',
    payload: z.object({ comment: reason }),
    inputs: { comment: 'text' },
  }),
  publish: define({
    from: ['approved'],
    to: 'published',
    roles: ['reviewer'],
    tone: 'primary',
    payload: z.object({
      channels: z.array(z.string().trim().max(32)).max(10).default(['portal']),
      /** 依申请公开: the answer's outcome, if not recorded on the case yet. */
      outcome: DisclosureOutcomeSchema.optional(),
    }),
    inputs: { channels: 'preset', outcome: 'preset' },
  }),
  // Closing ends a case without a published reply (a duplicate call, answered on the spot); a published
  // case is already 办结 (rules/case-figures.ts), so closing it again is never offered.
  close: define({
    from: ['new', 'returned'],
    to: 'closed',
    roles: ['duty', 'reviewer'],
    tone: 'danger',
    payload: z.object({ note, outcome: DisclosureOutcomeSchema.optional() }),
    inputs: { note: 'text', outcome: 'preset' },
  }),
  merge: define({
    from: ['new', 'assigned', 'accepted', 'returned'],
    to: 'merged',
    roles: ['duty'],
    tone: 'danger',
    payload: z.object({ intoId: z.number().int().positive(), note }),
    inputs: { intoId: 'case', note: 'text' },
  }),
  suspend: define({
    from: ['assigned', 'accepted', 'drafting'],
    to: 'suspended',
    roles: LEAD_OR_DESK,
    payload: z.object({ reason: z.enum(suspendReasons), party: z.string().trim().max(200).optional(), note }),
    inputs: { reason: { choose: 'suspendReason', values: suspendReasons }, party: 'line', note: 'text' },
  }),
  resume: define({
    from: ['suspended'],
    to: 'previous',
    roles: LEAD_OR_DESK,
    payload: z.object({ note }),
    inputs: { note: 'text' },
  }),
  extend: define({
    from: WORKING,
    to: 'same',
    roles: LEAD_OR_DESK,
    when: (c) => c.unit === 'working-days' && c.extensionsUsed < c.maxExtensions,
    payload: z.object({
      workingDays: z.number().int().min(1).max(60),
      approver: z.string().trim().min(1).max(64),
      reason,
      /** When the applicant was told (条例 Art. 33); defaults to now. */
      applicantNotifiedAt: dateTime().nullish(),
    }),
    inputs: { workingDays: 'working-days', approver: 'line', reason: 'text', applicantNotifiedAt: 'preset' },
  }),
  'request-supplement': define({
    from: ['new', 'assigned', 'accepted'],
    to: 'awaiting-supplement',
    roles: LEAD_OR_DESK,
    types: ['disclosure'],
    payload: z.object({ items: reason, note }),
    inputs: { items: 'text', note: 'text' },
  }),
  'receive-supplement': define({
    from: ['awaiting-supplement'],
    to: 'previous',
    roles: LEAD_OR_DESK,
    payload: z.object({ receivedAt: dateTime().nullish(), note }),
    inputs: { receivedAt: 'datetime', note: 'text' },
  }),
  milestone: define({
    from: [...WORKING, 'published'],
    to: 'same',
    roles: ['duty', 'handler', 'reviewer'],
    types: ['opinion'],
    payload: z.object({
      key: z.enum(milestoneKeys),
      at: dateTime().nullish(),
      url: z.string().trim().url().max(500).optional(),
      note,
    }),
    inputs: { key: { choose: 'milestone', values: milestoneKeys }, at: 'preset', url: 'line', note: 'text' },
  }),
  'follow-up': define({
    from: ['published', 'closed'],
    to: 'same',
    roles: ['duty'],
    types: ['consultation', 'help', 'suggestion', 'complaint', 'report', 'disclosure'],
    payload: z.object({ satisfaction: z.enum(satisfactionLevels), note }),
    inputs: { satisfaction: { choose: 'satisfaction', values: satisfactionLevels }, note: 'text' },
  }),
};

type Definitions = typeof caseActionDefinitions;
export type CaseAction = keyof Definitions;
export type CaseActionPayload<A extends CaseAction> = z.output<Definitions[A]['payload']>;

/** Every transition of a case is `POST /api/cases/:id/actions/<action>`, in the definitions' order. */
export const caseActions = Object.keys(caseActionDefinitions) as [CaseAction, ...CaseAction[]];
export const CaseActionSchema = z.enum(caseActions);

/**
 * The same definitions seen through the action's name, so code generic over the action (the store's
 * `applyCaseAction`) keeps each body's type without a cast.
 */
export const caseActionTable: {
  readonly [A in CaseAction]: CaseActionDefinition & {
    payload: z.ZodType<CaseActionPayload<A>, unknown>;
  };
} = caseActionDefinitions;
