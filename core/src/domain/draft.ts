import { z } from 'zod';
import { CaseStatusSchema, CaseTypeSchema } from './case';
import { id, text } from './fields';
import { updateOf } from './update';

/** Saving a draft always adds a version; earlier versions stay for the reviewer's diff. */
export const DraftCreateSchema = z.object({
  caseId: id(),
  body: text(20_000, { min: 1 }),
  templateId: id().nullable().default(null),
});
export type DraftCreate = z.infer<typeof DraftCreateSchema>;

export const draftStatuses = ['draft', 'submitted', 'approved', 'rejected', 'superseded'] as const;

/** Reply templates with `{{placeholders}}` (see templatePlaceholders), chosen per case type and state. */
export const TemplateCreateSchema = z.object({
  name: z.string().trim().min(1).max(100),
  caseType: CaseTypeSchema.nullable().default(null),
  status: CaseStatusSchema.nullable().default(null),
  body: z.string().trim().min(1).max(20_000),
  active: z.boolean().default(true),
});
export type TemplateCreate = z.infer<typeof TemplateCreateSchema>;
/** An update changes only what it sends (an inactive template stays inactive). */
export const TemplateUpdateSchema = updateOf(TemplateCreateSchema);

export const templatePlaceholders = [
  'case.code',
  'case.title',
  'case.receivedDate',
  'case.dueDate',
  'case.type',
  'department.name',
  'applicant.name',
  'today',
] as const;

/** Fill `{{name}}` placeholders; unknown ones stay visible so the author notices them. */
export function renderTemplate(body: string, values: Partial<Record<string, string>>): string {
  return body.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

export const NotificationKindSchema = z.enum(['due-soon', 'overdue', 'assigned', 'returned', 'review']);
