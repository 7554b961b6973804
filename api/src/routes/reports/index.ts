import { dateTime, intText, localDate } from '@desk/core';
import { departmentSla, recordReportDownload } from '@desk/core/store';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';
import { buildAnnualReport } from './annual-data';
import { annualDocx } from './annual-docx';
import { annualXlsx } from './annual-xlsx';
import { dailyBriefingDocx } from './daily-docx';

const YearQuery = z.object({ year: intText(2008, 2100) });
const PeriodQuery = z.object({ from: dateTime(), to: dateTime() });
const DateQuery = z.object({ date: localDate() });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function download(c: Context<AppEnv>, body: Buffer, type: string, filename: string, what: string) {
  await recordReportDownload(c.var.ctx.db, auditActor(c), what, filename);
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
  return c.body(new Uint8Array(body));
}

/** `/api/reports`: the annual statistics (JSON, XLSX, DOCX), department on-time rates and the daily briefing. */
export const reportRoutes = new Hono<AppEnv>()
  .get('/annual', requireAccess('reports', 'annual'), validate('query', YearQuery), async (c) =>
    c.json(await buildAnnualReport(c.var.ctx.db, c.req.valid('query').year)),
  )
  .get('/annual.xlsx', requireAccess('reports', 'annual'), validate('query', YearQuery), async (c) => {
    const { year } = c.req.valid('query');
    const body = await annualXlsx(await buildAnnualReport(c.var.ctx.db, year));
    return download(c, body, XLSX, `${year}年政府信息公开统计.xlsx`, `annual-${year}`);
  })
  .get('/annual.docx', requireAccess('reports', 'annual'), validate('query', YearQuery), async (c) => {
    const { year } = c.req.valid('query');
    const body = await annualDocx(await buildAnnualReport(c.var.ctx.db, year));
    return download(c, body, DOCX, `${year}年政府信息公开统计.docx`, `annual-${year}`);
  })
  .get('/sla', requireAccess('reports', 'sla'), validate('query', PeriodQuery), async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json({ from, to, departments: await departmentSla(c.var.ctx.db, from, to) });
  })
  .get('/daily.docx', requireAccess('reports', 'daily'), validate('query', DateQuery), async (c) => {
    const { date } = c.req.valid('query');
    const body = await dailyBriefingDocx(c.var.ctx.db, date);
    return download(c, body, DOCX, `舆情日报-${date}.docx`, `daily-${date}`);
  });
