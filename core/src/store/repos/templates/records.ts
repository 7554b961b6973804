import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { localDateOf } from '../../../calendar/dates';
import type { CaseStatus, CaseType } from '../../../domain/case';
import { caseTypeLabels } from '../../../domain/case-labels';
import { renderTemplate, type TemplateCreate } from '../../../domain/draft';
import type { Db } from '../../db';
import { departments, templates } from '../../schema';
import type { CaseRow } from '../cases/clock';
import { getMeta, setMeta } from '../meta';
import { defaultTemplates } from './defaults';

export type TemplateRow = typeof templates.$inferSelect;

/** The starter templates are inserted once per database; a marker keeps deletions deleted. */
async function ensureDefaultTemplates(db: Db) {
  if (await getMeta(db, 'templates-seeded')) return;
  await db.insert(templates).values(defaultTemplates);
  await setMeta(db, 'templates-seeded', { at: new Date().toISOString() });
}

export async function listTemplates(
  db: Db,
  options: { caseType?: CaseType; status?: CaseStatus; offset: number; limit: number },
) {
  await ensureDefaultTemplates(db);
  const where = and(
    options.caseType ? or(eq(templates.caseType, options.caseType), isNull(templates.caseType)) : undefined,
    options.status ? or(eq(templates.status, options.status), isNull(templates.status)) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(templates)
      .where(where)
      .orderBy(asc(templates.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(templates).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function getTemplate(db: Db, id: number): Promise<TemplateRow | undefined> {
  const [row] = await db.select().from(templates).where(eq(templates.id, id));
  return row;
}

export async function createTemplate(db: Db, input: TemplateCreate): Promise<TemplateRow> {
  await ensureDefaultTemplates(db);
  const [row] = await db.insert(templates).values(input).returning();
  return row!;
}

export async function updateTemplate(db: Db, id: number, input: Partial<TemplateCreate>) {
  const [row] = await db
    .update(templates)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(templates.id, id))
    .returning();
  return row;
}

export async function deleteTemplate(db: Db, id: number) {
  const [row] = await db.delete(templates).where(eq(templates.id, id)).returning();
  return row;
}

/** Fill a template for one case. The applicant's name stays masked: drafts never carry clear personal data. */
export async function renderForCase(db: Db, template: TemplateRow, c: CaseRow): Promise<string> {
  const [department] = c.leadDepartmentId
    ? await db
        .select({ name: departments.name })
        .from(departments)
        .where(eq(departments.id, c.leadDepartmentId))
    : [];
  return renderTemplate(template.body, {
    'case.code': c.code,
    'case.title': c.title,
    'case.type': caseTypeLabels[c.type as CaseType]?.zh ?? c.type,
    'case.receivedDate': localDateOf(c.receivedAt),
    'case.dueDate': c.dueAt ? localDateOf(c.dueAt) : '',
    'department.name': department?.name ?? '',
    'applicant.name': c.contactMasked?.name ?? '申请人',
    today: localDateOf(new Date()),
  });
}
