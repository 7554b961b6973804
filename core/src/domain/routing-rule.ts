import { z } from 'zod';
import { updateOf } from './update';

const routingRuleFields = z.object({
  name: z.string().trim().min(1).max(64),
  departmentId: z.number().int().positive(),
  topic: z.string().trim().max(32).nullable().default(null),
  schemeId: z.number().int().positive().nullable().default(null),
  keywords: z.array(z.string().trim().min(1).max(32)).max(100).default([]),
  regions: z.array(z.string().trim().min(1).max(32)).max(50).default([]),
  priority: z.number().int().min(-1000).max(1000).default(0),
  active: z.boolean().default(true),
});

/** A rule must say what it matches; checked on create and, against the stored rule, on update. */
export const routingRuleMatchesSomething = (r: {
  topic: string | null;
  schemeId: number | null;
  keywords: string[];
  regions: string[];
}): boolean => Boolean(r.topic || r.schemeId || r.keywords.length || r.regions.length);
export const routingRuleNeedsMatch = {
  message: 'a rule needs a topic, a scheme, keywords or regions',
  path: ['keywords'],
};

export const RoutingRuleCreateSchema = routingRuleFields.refine(
  routingRuleMatchesSomething,
  routingRuleNeedsMatch,
);
export type RoutingRuleCreate = z.infer<typeof RoutingRuleCreateSchema>;
/** An update changes only what it sends. */
export const RoutingRuleUpdateSchema = updateOf(routingRuleFields);
export type RoutingRuleUpdate = z.infer<typeof RoutingRuleUpdateSchema>;

export interface RoutingInput {
  topic?: string | null;
  keywords?: string[];
  /** Title and body, searched for rule keywords when given. */
  text?: string;
  region?: string | null;
  schemeIds?: number[];
  /** The event the case comes from (or its message belongs to): its messages are the last resort. */
  eventId?: number | null;
}

/**
 * How a proposal was reached, in the order the chain tries: a routing rule; the department that usually
 * leads cases of the category (and region); the departments of similar past cases; the event's messages.
 */
export const routingBases = ['rule', 'usual', 'similar', 'event'] as const;
export type RoutingBasis = (typeof routingBases)[number];

export interface RoutingProposal {
  departmentId: number;
  /** Why, in words a duty officer understands. */
  reason: { zh: string; en: string };
  basis: RoutingBasis;
  ruleId?: number;
  /** Past cases the proposal rests on (similar cases, cases of the same event). */
  caseIds?: number[];
}
