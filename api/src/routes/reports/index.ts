import { AppError, dateTime, IdParam, intText, localDate } from '@desk/core';
import {
  dailyBriefingDocument,
  eventReportDocument,
  renderReportDocx,
  renderReportHtml,
} from '@desk/core/reports';
import { dailyBriefingData, departmentSla, eventReportData, recordReportDownload } from '@desk/core/store';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';
import { requireReachableEvent } from '../events/scope';
import { buildAnnualReport } from './annual-data';
import { annualDocx } from './annual-docx';
import { annualXlsx } from './annual-xlsx';

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

const briefing = async (c: Context<AppEnv>, date: string) =>
  dailyBriefingDocument(await dailyBriefingData(c.var.ctx.db, date), new Date());

async function eventReport(c: Context<AppEnv>, id: number) {
  await requireReachableEvent(c, id);
  const data = await eventReportData(c.var.ctx.db, id);
  if (!data) throw new AppError('NOT_FOUND', { zh: '舆情事件不存在', en: 'No such event' });
  return eventReportDocument(data, new Date());
}

const PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/**
 * Report pages are shown in the desk's preview frame: the one place a frame is allowed (same origin
 * only). No script may run in them and they load nothing from outside (their charts are inline SVG).
 * Registered before the app's secure headers, so it has the last word on these answers.
 */
export const reportPreviewSecurity: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.get('Content-Type')?.startsWith('text/html')) return;
  c.res.headers.set('Content-Security-Policy', PREVIEW_POLICY);
  c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
};

const preview = (c: Context<AppEnv>, html: string) => c.html(html);

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
    const body = await renderReportDocx(await briefing(c, date));
    return download(c, body, DOCX, `舆情日报-${date}.docx`, `daily-${date}`);
  })
  .get('/daily.html', requireAccess('reports', 'daily'), validate('query', DateQuery), async (c) =>
    preview(c, renderReportHtml(await briefing(c, c.req.valid('query').date))),
  )
  .get('/events/:id/report.docx', requireAccess('events', 'show'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param');
    const body = await renderReportDocx(await eventReport(c, id));
    return download(c, body, DOCX, `舆情专报-事件${id}.docx`, `event-${id}`);
  })
  .get('/events/:id/report.html', requireAccess('events', 'show'), validate('param', IdParam), async (c) =>
    preview(c, renderReportHtml(await eventReport(c, c.req.valid('param').id))),
  );
