import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db';
import { cases, responses } from '../../schema';
import { deleteMeta, getMeta, setMeta } from '../meta';

const WATERMARK_KEY = 'cases-index-watermark';
/** Transactions may commit a little after their `updated_at`: each pass looks back this far again. */
const LOOKBACK_MS = 15_000;

export interface CaseDocument {
  id: number;
  code: string;
  title: string;
  body: string;
  replyText: string;
  type: string;
  status: string;
  leadDepartmentId: number | null;
  departmentIds: number[];
  createdAt: number;
  dueAt: number | null;
}

/** Position in the (updated_at, id) order of cases. */
export interface CaseCursor {
  at: string;
  id: number;
}

/** Where the next indexing pass starts: the saved watermark minus the look-back. */
export async function caseIndexStart(db: Db): Promise<CaseCursor> {
  const mark = await getMeta<CaseCursor | null>(db, WATERMARK_KEY);
  if (!mark) return { at: new Date(0).toISOString(), id: 0 };
  return { at: new Date(new Date(mark.at).getTime() - LOOKBACK_MS).toISOString(), id: 0 };
}

export const saveCaseIndexWatermark = (db: Db, cursor: CaseCursor) => setMeta(db, WATERMARK_KEY, cursor);
/** Forget the watermark so the next pass re-sends every case (after the index was rebuilt). */
export const resetCaseIndexWatermark = (db: Db) => deleteMeta(db, WATERMARK_KEY);

/** One page of cases after a cursor, as Meilisearch documents (masked text only). */
export async function caseDocumentsAfter(db: Db, cursor: CaseCursor, limit = 500) {
  const rows = await db
    .select({ c: cases, reply: responses.body })
    .from(cases)
    .leftJoin(responses, eq(responses.caseId, cases.id))
    .where(sql`(${cases.updatedAt}, ${cases.id}) > (${cursor.at}::timestamptz, ${cursor.id})`)
    .orderBy(asc(cases.updatedAt), asc(cases.id))
    .limit(limit);
  const documents: CaseDocument[] = rows.map(({ c, reply }) => ({
    id: c.id,
    code: c.code,
    title: c.title,
    body: c.body.slice(0, 4000),
    replyText: reply ?? '',
    type: c.type,
    status: c.status,
    leadDepartmentId: c.leadDepartmentId,
    departmentIds: c.departmentIds,
    createdAt: Math.floor(c.createdAt.getTime() / 1000),
    dueAt: c.dueAt ? Math.floor(c.dueAt.getTime() / 1000) : null,
  }));
  const last = rows.at(-1)?.c;
  const next: CaseCursor = last ? { at: last.updatedAt.toISOString(), id: last.id } : cursor;
  return { documents, next, more: rows.length === limit };
}
