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
}

export interface RoutingProposal {
  departmentId: number;
  reason: { zh: string; en: string };
  /** 'rule' (with ruleId) or 'history' (past assignments of the same topic). */
  basis: 'rule' | 'history';
  ruleId?: number;
}
