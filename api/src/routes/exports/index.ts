import { AppError, accessTable, canAccess, type Resource } from '@desk/core';
import { recordExport } from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { auditActor } from '../../middleware/audit';

/** What the desk exported: the rows came from the ordinary (scoped) list routes. */
const ExportRecordSchema = z.object({
  resource: z.string().trim().min(1).max(64),
  format: z.enum(['csv', 'xlsx']),
  count: z.number().int().min(0).max(1_000_000),
  filter: z.record(z.string(), z.unknown()).default({}),
});

/** Exporting follows the table's `export` entry where a resource has one, otherwise `list`. */
function mayExport(role: Parameters<typeof canAccess>[0], resource: string): boolean {
  const entry = (accessTable as Record<string, Record<string, unknown>>)[resource];
  if (!entry) return false;
  const action = 'export' in entry ? 'export' : 'list';
  return canAccess(role, resource as Resource, action as never);
}

/**
 * `POST /api/exports`: the desk builds CSV / XLSX files in the browser from the scoped list routes and
 * records each export here, so every export is in the audit log with who, what, how many and which filter.
 */
export const exportRoutes = new Hono<AppEnv>().post('/', validate('json', ExportRecordSchema), async (c) => {
  const body = c.req.valid('json');
  if (!mayExport(c.var.actor.role, body.resource)) throw new AppError('FORBIDDEN');
  await recordExport(c.var.ctx.db, auditActor(c), { ...body, departmentId: c.var.actor.departmentId });
  return c.json({ recorded: true }, 201);
});
