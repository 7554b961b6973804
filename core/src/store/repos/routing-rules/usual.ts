import { and, count, desc, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { RoutingProposal } from '../../../domain/routing-rule';
import type { Db } from '../../db';
import { cases, messages } from '../../schema';

/** Fewer past cases than this teach nothing reliable. */
const MIN_CASES = 3;
/** The usual department leads at least this share of them (else the category has no usual one). */
const MIN_SHARE = 0.5;

async function leadsOf(db: Db, where: SQL | undefined) {
  return db
    .select({ departmentId: cases.leadDepartmentId, n: count() })
    .from(cases)
    .innerJoin(messages, eq(messages.id, cases.messageId))
    .where(and(where, isNotNull(cases.leadDepartmentId)))
    .groupBy(cases.leadDepartmentId)
    .orderBy(desc(count()))
    .limit(20);
}

function usual(rows: { departmentId: number | null; n: number }[]) {
  const total = rows.reduce((s, r) => s + r.n, 0);
  const top = rows[0];
  if (!top?.departmentId || top.n < MIN_CASES || top.n / total < MIN_SHARE) return null;
  return { departmentId: top.departmentId, led: top.n, total };
}

/**
 * The department that usually leads cases of the category in the region (past cases of messages with
 * that topic and region), else of the category anywhere; with the counts that make it usual.
 */
export async function usualLead(
  db: Db,
  topic: string,
  region: string | null,
): Promise<Omit<RoutingProposal, 'basis'> | null> {
  if (region) {
    const found = usual(await leadsOf(db, and(eq(messages.topic, topic), eq(messages.region, region))));
    if (found)
      return {
        departmentId: found.departmentId,
        reason: {
          zh: `${region}“${topic}”类工单通常由该部门主办（以往${found.total}件中${found.led}件）`,
          en: `usually leads "${topic}" cases in ${region} (${found.led} of ${found.total} past cases)`,
        },
      };
  }
  const found = usual(await leadsOf(db, eq(messages.topic, topic)));
  if (!found) return null;
  return {
    departmentId: found.departmentId,
    reason: {
      zh: `“${topic}”类工单通常由该部门主办（以往${found.total}件中${found.led}件）`,
      en: `usually leads "${topic}" cases (${found.led} of ${found.total} past cases)`,
    },
  };
}
