import {
  AppError,
  CalendarOverrideCreateSchema,
  type ClockState,
  computeDue,
  describeRange,
  IdParam,
  intText,
  LOCAL_DATE,
  localDateOf,
  officialYears,
} from '@desk/core';
import {
  createCalendarOverride,
  deleteCalendarOverride,
  getCalendarOverride,
  listCalendarOverrides,
  loadCalendar,
} from '@desk/core/store';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

const RangeQuery = z.object({ from: z.string().regex(LOCAL_DATE), to: z.string().regex(LOCAL_DATE) });
const CalculateQuery = z
  .object({
    start: z.coerce.date(),
    workingDays: intText(1, 400).optional(),
    hours: intText(1, 2000).optional(),
  })
  .refine((q) => (q.workingDays === undefined) !== (q.hours === undefined), 'give workingDays or hours');

/** `/api/calendar`: the working-day calendar, a deadline calculator and the administrator's overrides. */
export const calendarRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('calendar', 'show'), async (c) => {
    const calendar = await loadCalendar(c.var.ctx.db);
    const year = Number(localDateOf(new Date()).slice(0, 4));
    // The State Council publishes next year's arrangement late in the year; until the package has it,
    // deadlines running into that year count weekends only and the administrator should add overrides.
    const missing = [year, year + 1].filter((y) => !officialYears.includes(y));
    return c.json({
      version: calendar.version,
      officialYears,
      timeZone: 'Asia/Shanghai',
      missingYears: missing,
      warning: missing.length
        ? {
            zh: `工作日历尚未收录 ${missing.join('、')} 年法定节假日安排，请在“日历调整”中补充`,
            en: `No official holiday arrangement for ${missing.join(', ')} yet: add overrides`,
          }
        : null,
    });
  })
  .get('/days', requireAccess('calendar', 'show'), validate('query', RangeQuery), async (c) => {
    const { from, to } = c.req.valid('query');
    if (to < from) throw new AppError('BAD_REQUEST', { zh: '日期范围有误', en: 'Bad range' });
    return c.json(describeRange(await loadCalendar(c.var.ctx.db), from, to));
  })
  .get('/calculate', requireAccess('calendar', 'show'), validate('query', CalculateQuery), async (c) => {
    const q = c.req.valid('query');
    const calendar = await loadCalendar(c.var.ctx.db);
    const clock: ClockState = {
      policyId: null,
      policyLabel: '',
      unit: q.hours ? 'hours' : 'working-days',
      targets: [{ key: 'answer', amount: q.hours ?? q.workingDays! }],
      maxExtensions: 0,
      maxExtensionAmount: 0,
      notifyLeader: false,
      startAt: q.start.toISOString(),
      startReason: 'received',
      pauses: [],
      extensions: [],
      supplements: [],
      met: {},
    };
    const due = computeDue(clock, calendar, 'open', new Date());
    return c.json({ dueAt: due.dueAt, explanation: due.explanation });
  })
  .get('/overrides', requireAccess('calendar', 'list'), async (c) => {
    const { offset, limit } = parseListParams(c);
    const all = await listCalendarOverrides(c.var.ctx.db);
    return sendList(c, 'calendar/overrides', all.slice(offset, offset + limit), offset, all.length);
  })
  .get('/overrides/:id', requireAccess('calendar', 'show'), validate('param', IdParam), async (c) => {
    const row = await getCalendarOverride(c.var.ctx.db, c.req.valid('param').id);
    if (!row) throw new AppError('NOT_FOUND');
    return c.json(row);
  })
  .post(
    '/overrides',
    requireAccess('calendar', 'create'),
    validate('json', CalendarOverrideCreateSchema),
    async (c) => {
      return c.json(await createCalendarOverride(c.var.ctx.db, auditActor(c), c.req.valid('json')), 201);
    },
  )
  .delete('/overrides/:id', requireAccess('calendar', 'delete'), validate('param', IdParam), async (c) => {
    return c.json(await deleteCalendarOverride(c.var.ctx.db, auditActor(c), c.req.valid('param').id));
  });
