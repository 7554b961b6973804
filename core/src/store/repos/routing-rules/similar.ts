import type { RoutingProposal } from '../../../domain/routing-rule';

/** A past case found similar to a new one (by the search engine), with its lead department. */
export interface SimilarCase {
  caseId: number;
  code: string;
  title: string;
  leadDepartmentId: number;
}

/** Finds past cases similar to a text, most similar first (Meilisearch's `cases` index in the desk). */
export type SimilarCaseFinder = (text: string) => Promise<SimilarCase[]>;

/** Two of the similar cases must agree before their department is proposed. */
const MIN_AGREEING = 2;

/**
 * The department that led most of the similar past cases (ties: the one of the more similar case), with
 * the most similar of its cases named so the officer can check it.
 */
export function leadOfSimilar(found: SimilarCase[]): Omit<RoutingProposal, 'basis'> | null {
  const byDepartment = new Map<number, SimilarCase[]>();
  for (const c of found)
    byDepartment.set(c.leadDepartmentId, [...(byDepartment.get(c.leadDepartmentId) ?? []), c]);
  let best: SimilarCase[] | null = null;
  for (const group of byDepartment.values()) if (!best || group.length > best.length) best = group;
  if (!best || best.length < MIN_AGREEING) return null;
  const example = best[0]!;
  return {
    departmentId: example.leadDepartmentId,
    caseIds: best.map((c) => c.caseId),
    reason: {
      zh: `相似的既往工单${example.code}“${example.title}”等${best.length}件由该部门主办`,
      en: `led ${best.length} similar past cases, e.g. ${example.code} "${example.title}"`,
    },
  };
}
