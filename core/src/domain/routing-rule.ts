import { z } from 'zod';

export const RoutingRuleCreateSchema = z
  .object({
    name: z.string().trim().min(1).max(64),
    departmentId: z.number().int().positive(),
    topic: z.string().trim().max(32).nullable().default(null),
    schemeId: z.number().int().positive().nullable().default(null),
    keywords: z.array(z.string().trim().min(1).max(32)).max(100).default([]),
    regions: z.array(z.string().trim().min(1).max(32)).max(50).default([]),
    priority: z.number().int().min(-1000).max(1000).default(0),
    active: z.boolean().default(true),
  })
  .refine((r) => r.topic || r.schemeId || r.keywords.length || r.regions.length, {
    message: 'a rule needs a topic, a scheme, keywords or regions',
    path: ['keywords'],
  });
export type RoutingRuleCreate = z.infer<typeof RoutingRuleCreateSchema>;

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
