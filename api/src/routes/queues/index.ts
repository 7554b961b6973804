import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { jobRegistry, queueNames } from '@desk/queue';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { ApiContext, AppEnv } from '../../context';
import { requireAccess } from '../../middleware/access';
import { requireAuth } from '../../middleware/auth';
import { jobsOf } from '../../queues';

export const QUEUE_BOARD_PATH = '/admin/queues';

/** A queue's jobs and what each does, from the registry. */
const describe = (queue: string) =>
  Object.entries(jobRegistry)
    .filter(([, spec]) => spec.queue === queue)
    .map(([name, spec]) => `${name}: ${spec.summary}`)
    .join(' · ');

function buildBoard(ctx: ApiContext): Hono {
  const adapter = new HonoAdapter(serveStatic).setBasePath(QUEUE_BOARD_PATH);
  const jobs = jobsOf(ctx);
  createBullBoard({
    queues: queueNames.map((name) => new BullAdapter(jobs.queue(name), { description: describe(name) })),
    // @bull-board/hono 9.10.1 pins its own copy of @bull-board/api 9.10.1: same shape, distinct types.
    serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: '队列 Queues · Opinion Desk' } },
  });
  return new Hono().route(QUEUE_BOARD_PATH, adapter.registerPlugin());
}

/**
 * Bull Board at /admin/queues for administrators: every queue of the job registry with its waiting,
 * active and failed jobs (with their reasons), and retries. Built on first use, so an API that is never asked for it opens no extra Redis connections.
 */
export function queueBoardRoutes(ctx: ApiContext): Hono<AppEnv> {
  let board: Hono | undefined;
  const serve = new Hono<AppEnv>().use('*', requireAuth, requireAccess('queues', 'list'));
  serve.all('*', (c) => {
    board ??= buildBoard(ctx);
    return board.fetch(c.req.raw, c.env);
  });
  return serve;
}
