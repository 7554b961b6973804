import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/user';
import { departmentScope } from '../../../rules/access';
import type { Db } from '../../db';
import { cases, responses } from '../../schema';

/** Handlers see the responses of cases their department leads or co-handles. */
function responseScope(actor: Pick<Actor, 'role' | 'departmentId'>) {
  const scope = departmentScope(actor);
  if (scope === null) return undefined;
  return sql`${responses.caseId} in (select ${cases.id} from ${cases} where ${cases.departmentIds} @> array[${scope}]::integer[])`;
}

export async function listResponses(
  db: Db,
  actor: Pick<Actor, 'role' | 'departmentId'>,
  options: { caseId?: number; offset: number; limit: number },
) {
  const where = and(responseScope(actor), options.caseId ? eq(responses.caseId, options.caseId) : undefined);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(responses)
      .where(where)
      .orderBy(desc(responses.publishedAt))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(responses).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function getResponse(db: Db, actor: Pick<Actor, 'role' | 'departmentId'>, id: number) {
  const [row] = await db
    .select()
    .from(responses)
    .where(and(eq(responses.id, id), responseScope(actor)));
  return row;
}

const publicColumns = {
  id: responses.id,
  caseCode: responses.caseCode,
  caseType: responses.caseType,
  title: responses.title,
  body: responses.body,
  departmentName: responses.departmentName,
  receivedAt: responses.receivedAt,
  publishedAt: responses.publishedAt,
};
/** Answers to 依申请公开 applicants go to the applicant, not to the public. */
const isPublic = ne(responses.caseType, 'disclosure');

/** The public feed: published responses only, from the masked copy, newest first. */
export function publicResponses(db: Db, limit: number) {
  return db
    .select(publicColumns)
    .from(responses)
    .where(isPublic)
    .orderBy(desc(responses.publishedAt), desc(responses.id))
    .limit(limit);
}

/** One public response by its case code (the page a feed item links to), or undefined. */
export async function publicResponseByCode(db: Db, caseCode: string) {
  const [row] = await db
    .select(publicColumns)
    .from(responses)
    .where(and(isPublic, eq(responses.caseCode, caseCode)));
  return row;
}
