import type { Document } from './features';

export interface CategoryRule {
  category: string;
  keywords: string[];
}

export interface RuleMatch {
  category: string;
  /** 0.35 for one keyword in the body, rising with hits; never above RULE_CONFIDENCE_CAP. */
  confidence: number;
  hits: string[];
}

/** A keyword guess is never as sure as a trained model or a person; it stays under review threshold+. */
export const RULE_CONFIDENCE_CAP = 0.75;

/**
 * First guess before any model exists: the category whose keywords occur most (a title hit counts
 * double). Ties go to the category listed first. Null when no keyword occurs.
 */
export function matchKeywordRules(doc: Document, rules: CategoryRule[]): RuleMatch | null {
  let best: RuleMatch | null = null;
  let bestScore = 0;
  for (const rule of rules) {
    const hits: string[] = [];
    let score = 0;
    for (const keyword of rule.keywords) {
      if (!keyword) continue;
      const inTitle = doc.title.includes(keyword);
      const inBody = doc.body?.includes(keyword) ?? false;
      if (!inTitle && !inBody) continue;
      hits.push(keyword);
      score += inTitle ? 2 : 1;
    }
    if (score > bestScore) {
      bestScore = score;
      best = { category: rule.category, hits, confidence: 0 };
    }
  }
  if (!best) return null;
  best.confidence = Math.min(RULE_CONFIDENCE_CAP, 0.25 + 0.1 * bestScore);
  return best;
}
