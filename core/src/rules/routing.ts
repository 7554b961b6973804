import type { RoutingInput, RoutingProposal } from '../domain/routing-rule';

export interface RoutingRule {
  id: number;
  name: string;
  departmentId: number;
  topic: string | null;
  schemeId: number | null;
  keywords: string[];
  regions: string[];
  priority: number;
}

/** How specific a matching rule is: every condition it names and meets adds to the score. */
function ruleScore(rule: RoutingRule, input: RoutingInput): number | null {
  let score = 0;
  if (rule.topic) {
    if (rule.topic !== input.topic) return null;
    score += 1;
  }
  if (rule.schemeId) {
    if (!input.schemeIds?.includes(rule.schemeId)) return null;
    score += 4;
  }
  if (rule.regions.length) {
    if (!input.region || !rule.regions.includes(input.region)) return null;
    score += 1;
  }
  if (rule.keywords.length) {
    const haystack = `${(input.keywords ?? []).join(' ')} ${input.text ?? ''}`;
    const hits = rule.keywords.filter((k) => haystack.includes(k)).length;
    if (!hits) return null;
    score += 2 + hits * 0.1;
  }
  return score;
}

/**
 * The department the rules propose: the matching rule with the highest priority, then the most
 * specific one (scheme > keywords > topic / region), then the oldest. Null when no rule matches.
 */
export function proposeFromRules(rules: RoutingRule[], input: RoutingInput): RoutingProposal | null {
  let best: { rule: RoutingRule; score: number } | null = null;
  for (const rule of rules) {
    const score = ruleScore(rule, input);
    if (score === null) continue;
    if (
      !best ||
      rule.priority > best.rule.priority ||
      (rule.priority === best.rule.priority && score > best.score) ||
      (rule.priority === best.rule.priority && score === best.score && rule.id < best.rule.id)
    )
      best = { rule, score };
  }
  if (!best) return null;
  return {
    departmentId: best.rule.departmentId,
    basis: 'rule',
    ruleId: best.rule.id,
    reason: {
      zh: `符合分派规则“${best.rule.name}”`,
      en: `matches the routing rule "${best.rule.name}"`,
    },
  };
}
