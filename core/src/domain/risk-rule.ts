import { z } from 'zod';
import { alertLevels } from './alert';

const words = z.array(z.string().trim().min(1).max(32)).max(100);

/**
 * A risk rule (研判规则): what makes one message urgent whatever the volume — a threat of 集体上访,
 * self-harm, a gas leak, children at risk. Any of `words` fires it unless the mention is negated or
 * reported ("没有发生火灾", "听说去年有人上访") or an exclusion word is present.
 */
export const RiskRuleCreateSchema = z.object({
  name: z.string().trim().min(1).max(64),
  description: z.string().trim().max(500).nullable().default(null),
  level: z.enum(alertLevels).default('orange'),
  words: words.min(1),
  excludeWords: words.default([]),
  active: z.boolean().default(true),
});
export type RiskRuleCreate = z.infer<typeof RiskRuleCreateSchema>;

/** An update changes only what is sent. */
export const RiskRuleUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(64),
    description: z.string().trim().max(500).nullable(),
    level: z.enum(alertLevels),
    words: words.min(1),
    excludeWords: words,
    active: z.boolean(),
  })
  .partial();
export type RiskRuleUpdate = z.infer<typeof RiskRuleUpdateSchema>;

export interface RiskRule {
  id: number;
  name: string;
  level: (typeof alertLevels)[number];
  words: string[];
  excludeWords: string[];
}

/** One fired rule on a message, with the words that fired it (shown on the message page). */
export interface RiskHit {
  ruleId: number;
  name: string;
  level: (typeof alertLevels)[number];
  words: string[];
}
