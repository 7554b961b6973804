import { eq } from 'drizzle-orm';
import type { RoutingBasis, RoutingInput, RoutingProposal } from '../../../domain/routing-rule';
import { proposeFromRules } from '../../../rules/routing';
import type { Db } from '../../db';
import { departments, routingRules } from '../../schema';
import { leadOfEvent } from './event';
import { leadOfSimilar, type SimilarCaseFinder } from './similar';
import { usualLead } from './usual';

export interface ProposeOptions {
  /** Past cases similar to a text (Meilisearch); without it the chain skips that step. */
  similarCases?: SimilarCaseFinder;
}

type Proposal = Omit<RoutingProposal, 'basis'>;
const as = (basis: RoutingBasis, p: Proposal | null): RoutingProposal | null => (p ? { ...p, basis } : null);

/** Rules, then the usual department of the category (and region): the steps that need no search. */
async function byRulesAndUsage(db: Db, input: RoutingInput, active: Set<number>) {
  const rules = (await db.select().from(routingRules).where(eq(routingRules.active, true))).filter((r) =>
    active.has(r.departmentId),
  );
  const byRule = proposeFromRules(rules, input);
  if (byRule) return byRule;
  if (!input.topic) return null;
  const usual = await usualLead(db, input.topic, input.region ?? null);
  return usual && active.has(usual.departmentId) ? as('usual', usual) : null;
}

/**
 * The proposed lead department of a new case and why, trying in turn: the routing rules (priority, then
 * specificity); the department that usually leads cases of the category in the region; the department
 * of similar past cases; the event's messages. Only active departments are proposed; null when no step
 * finds one (the officer decides).
 */
export async function proposeDepartment(
  db: Db,
  input: RoutingInput,
  options: ProposeOptions = {},
): Promise<RoutingProposal | null> {
  const active = new Set(
    (await db.select({ id: departments.id }).from(departments).where(eq(departments.active, true))).map(
      (d) => d.id,
    ),
  );
  const known = await byRulesAndUsage(db, input, active);
  if (known) return known;
  if (options.similarCases && input.text?.trim()) {
    const found = (await options.similarCases(input.text)).filter((c) => active.has(c.leadDepartmentId));
    const similar = as('similar', leadOfSimilar(found));
    if (similar) return similar;
  }
  if (!input.eventId) return null;
  const fromEvent = await leadOfEvent(
    db,
    input.eventId,
    (inner) => byRulesAndUsage(db, inner, active),
    (id) => active.has(id),
  );
  return as('event', fromEvent);
}
