import { MANUAL_SOURCE, urlDedupeKey } from '@desk/core';
import { createApiKey, createSource, ensureSource, schema } from '@desk/core/store';
import type { Fixtures } from './fixtures';
import { adminOnly, everyone, type Matrix, type Side, scopedToDepartment } from './types';

/**
 * Sources, messages, API keys and the portal intake (issue 3). Written by the cases engineer from the
 * access table and the routes; the ingest engineer may refine it.
 */
interface IngestFixtures {
  apiKey: string;
  sourceId: number;
  /** A message of each side's case (its department_ids are the case's). */
  message: Record<Side, number>;
}
const extra = (f: Fixtures) => f.extra.ingest as IngestFixtures;
const sourceReaders = { admin: 'allow', duty: 'allow', leader: 'allow' } as const;
const desk = { admin: 'allow', duty: 'allow' } as const;
const unique = () => Math.random().toString(36).slice(2, 10);
/** A pasted link already stored: the allowed call answers from the database without a worker. */
const PASTED_LINK = 'http://127.0.0.1:9/matrix-link.html';
const newSource = (f: Fixtures) =>
  createSource(f.db, {
    name: `矩阵源 ${unique()}`,
    type: 'rss',
    url: 'http://127.0.0.1:9/feed.xml',
    intervalSeconds: 3600,
  });

export async function setup(f: Fixtures): Promise<void> {
  const source = await newSource(f);
  const message = async (side: Side) => {
    const [row] = await f.db
      .insert(schema.messages)
      .values({
        sourceId: source.id,
        dedupeKey: `id:matrix-${side}`,
        kind: 'web',
        channel: 'feed',
        title: `矩阵留言 ${side}`,
        body: '留言正文',
        caseId: f.assignedCase[side],
        departmentIds: [f.department[side]],
        status: 'case',
      })
      .returning();
    await f.db.insert(schema.messagePii).values({ messageId: row!.id, title: row!.title, body: row!.body });
    return row!.id;
  };
  const manual = await ensureSource(f.db, MANUAL_SOURCE);
  await f.db.insert(schema.messages).values({
    sourceId: manual.id,
    dedupeKey: urlDedupeKey(PASTED_LINK),
    url: PASTED_LINK,
    kind: 'web',
    channel: 'web',
    title: '矩阵链接',
    body: '链接正文',
  });
  const ingest: IngestFixtures = {
    apiKey: (await createApiKey(f.db, 'matrix-portal')).key,
    sourceId: source.id,
    message: { own: await message('own'), other: await message('other') },
  };
  f.extra.ingest = ingest;
}

export const matrix: Matrix = {
  'POST /api/intake/inquiries': {
    access: 'public',
    headers: (f) => ({ 'X-Api-Key': extra(f).apiKey }),
    body: () => ({ type: '咨询', title: '矩阵咨询', body: '咨询内容', channel: 'web', externalId: unique() }),
  },
  'GET /api/sources': { access: sourceReaders },
  'GET /api/sources/:id': { access: sourceReaders, params: (f) => ({ id: extra(f).sourceId }) },
  'GET /api/sources/:id/failures': { access: sourceReaders, params: (f) => ({ id: extra(f).sourceId }) },
  'GET /api/sources/failures': { access: sourceReaders },
  'POST /api/sources': {
    access: adminOnly,
    body: () => ({
      name: `矩阵 ${unique()}`,
      type: 'rss',
      url: 'http://127.0.0.1:9/rss.xml',
      intervalSeconds: 3600,
    }),
  },
  'PUT /api/sources/:id': {
    access: adminOnly,
    params: (f) => ({ id: extra(f).sourceId }),
    body: { intervalSeconds: 3600 },
  },
  'PATCH /api/sources/:id': {
    access: adminOnly,
    params: (f) => ({ id: extra(f).sourceId }),
    body: { enabled: true },
  },
  // A worker would read the live site; access is checked before the body, which is refused (400) here.
  'POST /api/sources/preview': { access: adminOnly, body: { type: 'html', url: 'http://127.0.0.1:9/' } },
  'POST /api/sources/:id/pull': { access: adminOnly, params: (f) => ({ id: extra(f).sourceId }), body: {} },
  'DELETE /api/sources/:id': { access: adminOnly, params: async (f) => ({ id: (await newSource(f)).id }) },
  'GET /api/messages': { access: everyone },
  'POST /api/messages/from-link': { access: desk, body: { url: PASTED_LINK } },
  'GET /api/messages/:id': {
    access: scopedToDepartment,
    params: (f, side) => ({ id: extra(f).message[side] }),
  },
  'POST /api/messages/:id/unmask': {
    access: desk,
    params: (f, side) => ({ id: extra(f).message[side] }),
    body: {},
  },
  'PUT /api/messages/:id': {
    access: desk,
    params: (f, side) => ({ id: extra(f).message[side] }),
    body: { status: 'case' },
  },
  'PATCH /api/messages/:id': {
    access: desk,
    params: (f, side) => ({ id: extra(f).message[side] }),
    body: { status: 'case' },
  },
  'GET /api/api-keys': { access: adminOnly },
  'POST /api/api-keys': { access: adminOnly, body: { name: '矩阵密钥' } },
  'DELETE /api/api-keys/:id': {
    access: adminOnly,
    params: async (f) => ({ id: (await createApiKey(f.db, 'matrix')).id }),
  },
};
