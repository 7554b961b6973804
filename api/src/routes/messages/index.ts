import {
  AppError,
  departmentScope,
  IdParam,
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
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { userActor } from '../../middleware/audit';
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

/** A message the actor may see (a handler only those of their department), or 404. */
async function visible(c: Context<AppEnv>, id: number) {
  const message = await getMessage(c.var.ctx.db, id, departmentScope(c.var.actor));
  if (!message) throw new AppError('NOT_FOUND');
  return message;
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
    const scope = departmentScope(c.var.actor);
    const { rows, total } =
      filter.q && !filter.duplicateOf
        ? await searchMessages(c.var.ctx, { ...filter, q: filter.q }, { offset, limit, sort }, scope)
        : await listMessages(c.var.ctx.db, filter, { offset, limit, sort }, scope);
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
