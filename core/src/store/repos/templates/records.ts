import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { localDateOf } from '../../../calendar/dates';
import type { AuditActor } from '../../../domain/audit';
import type { CaseStatus, CaseType } from '../../../domain/case';
import { caseTypeLabels, salutationByCaseType } from '../../../domain/case-labels';
import { renderTemplate, type TemplateCreate } from '../../../domain/draft';
import type { Db } from '../../db';
import { departments, templates } from '../../schema';
import { auditedTable } from '../audit-log/table';
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

const records = auditedTable(templates, { entity: 'templates' });

export async function createTemplate(db: Db, actor: AuditActor, input: TemplateCreate): Promise<TemplateRow> {
  await ensureDefaultTemplates(db);
  return records.create(db, actor, input);
}

export const updateTemplate = (db: Db, actor: AuditActor, id: number, input: Partial<TemplateCreate>) =>
  records.update(db, actor, id, input);

export const deleteTemplate = (db: Db, actor: AuditActor, id: number) => records.remove(db, actor, id);

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
    'applicant.name': c.contactMasked?.name || (salutationByCaseType[c.type as CaseType] ?? '申请人'),
    today: localDateOf(new Date()),
  });
}
