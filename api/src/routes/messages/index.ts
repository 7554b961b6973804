import {
  AppError,
  departmentScope,
  IdParam,
  type MessageListFilter,
  MessageListFilterSchema,
  MessageUpdateSchema,
  messageSortFields,
} from '@desk/core';
import {
  getMessage,
  listMessages,
  type MessageSortField,
  setMessageStatus,
  unmaskMessage,
} from '@desk/core/store';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../context';
import { parseListParams, sendList, sendListJson } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { userActor } from '../../middleware/audit';
import { reachesEvent } from '../events/scope';
import { fromLinkRoutes } from './from-link';
import { searchMessages } from './search';

function listQuery(c: Context<AppEnv>) {
  const params = parseListParams(c);
  const filter = MessageListFilterSchema.safeParse(params.filter);
  if (!filter.success)
    throw new AppError('BAD_REQUEST', { zh: '筛选条件有误', en: 'Bad message filter' }, filter.error.issues);
  const sort = params.sort;
  if (sort && !(messageSortFields as readonly string[]).includes(sort.field))
    throw new AppError('BAD_REQUEST', { zh: '不支持的排序字段', en: `Cannot sort by ${sort.field}` });
  return {
    ...params,
    filter: filter.data,
    sort: sort as { field: MessageSortField; order: 'asc' | 'desc' } | undefined,
  };
}

/**
 * The scope of a list: a handler's department, or everything when the list is the messages of an event
 * linked to a case of their department (the `eventId` filter then keeps it to that event).
 */
async function listScope(c: Context<AppEnv>, filter: MessageListFilter) {
  const scope = departmentScope(c.var.actor);
  if (scope === null || !filter.eventId) return scope;
  return (await reachesEvent(c.var.ctx.db, c.var.actor, filter.eventId)) ? null : scope;
}

/** A message the actor may see (a handler: of their department, or of an event of their cases), or 404. */
async function visible(c: Context<AppEnv>, id: number) {
  const scope = departmentScope(c.var.actor);
  const own = await getMessage(c.var.ctx.db, id, scope);
  if (own) return own;
  const other = scope === null ? undefined : await getMessage(c.var.ctx.db, id, null);
  if (other?.eventId && (await reachesEvent(c.var.ctx.db, c.var.actor, other.eventId))) return other;
  throw new AppError('NOT_FOUND');
}

/**
 * Messages: `GET /` lists (simple-rest; `filter.q` searches the full text through Meilisearch, the
 * other filters are facets), `GET /:id` shows one, `POST /:id/unmask` reveals the personal data to
 * the roles allowed (audited), `PUT|PATCH /:id` sets the triage status.
 */
export const messageRoutes = new Hono<AppEnv>()
  .route('/from-link', fromLinkRoutes)
  .get('/', requireAccess('messages', 'list'), async (c) => {
    const { filter, offset, limit, sort } = listQuery(c);
    const scope = await listScope(c, filter);
    if (filter.q && !filter.duplicateOf) {
      const found = await searchMessages(
        c.var.ctx,
        { ...filter, q: filter.q },
        { offset, limit, sort },
        scope,
      );
      return sendListJson(c, 'messages', found.page, offset, found.total);
    }
    const { rows, total } = await listMessages(c.var.ctx.db, filter, { offset, limit, sort }, scope);
    return sendList(c, 'messages', rows, offset, total);
  })
  .get('/:id', requireAccess('messages', 'show'), validate('param', IdParam), async (c) =>
    c.json(await visible(c, c.req.valid('param').id)),
  )
  .post('/:id/unmask', requireAccess('messages', 'unmask'), validate('param', IdParam), async (c) =>
    c.json(await unmaskMessage(c.var.ctx.db, userActor(c), c.req.valid('param').id)),
  )
  .on(
    ['PUT', 'PATCH'],
    '/:id',
    requireAccess('messages', 'edit'),
    validate('param', IdParam),
    validate('json', MessageUpdateSchema),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await setMessageStatus(c.var.ctx.db, userActor(c), id, c.req.valid('json').status));
    },
  );
