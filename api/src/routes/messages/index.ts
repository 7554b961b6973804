import {
  AppError,
  departmentScope,
  MessageListFilterSchema,
  MessageUpdateSchema,
  messageSortFields,
} from '@desk/core';
import {
  getMessage,
  getMessagePii,
  listMessages,
  type MessageSortField,
  setMessageStatus,
} from '@desk/core/store';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { parseListParams, sendList } from '../../http/list-params';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';
import { fromLinkRoutes } from './from-link';
import { searchMessages } from './search';

const IdParam = z.object({ id: z.coerce.number().int().positive() });

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
  .post('/:id/unmask', requireAccess('messages', 'unmask'), validate('param', IdParam), async (c) => {
    const message = await visible(c, c.req.valid('param').id);
    const pii = await getMessagePii(c.var.ctx.db, message.id);
    await audit(c, {
      action: 'unmask',
      entity: 'messages',
      entityId: message.id,
      after: {
        piiKinds: message.piiKinds,
        contact: Boolean(pii?.contactName || pii?.contactPhone || pii?.contactEmail),
      },
    });
    return c.json({
      id: message.id,
      title: pii?.title ?? message.title,
      body: pii?.body ?? message.body,
      author: pii ? pii.author : message.author,
      contact: pii ? { name: pii.contactName, phone: pii.contactPhone, email: pii.contactEmail } : null,
    });
  })
  .on(
    ['PUT', 'PATCH'],
    '/:id',
    requireAccess('messages', 'edit'),
    validate('param', IdParam),
    validate('json', MessageUpdateSchema),
    async (c) => {
      const before = await visible(c, c.req.valid('param').id);
      const after = await setMessageStatus(c.var.ctx.db, before.id, c.req.valid('json').status);
      if (!after) throw new AppError('NOT_FOUND');
      await audit(c, {
        action: 'update',
        entity: 'messages',
        entityId: before.id,
        before: { status: before.status },
        after: { status: after.status },
      });
      return c.json(after);
    },
  );
