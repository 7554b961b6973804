import {
  type ApiKey,
  AppError,
  externalIdDedupeKey,
  type IngestJob,
  InquiryCreateSchema,
  inquiryToRawItem,
} from '@desk/core';
import {
  ensureSource,
  existingDedupeKeys,
  findActiveApiKey,
  reserveInquiryId,
  reserveMessageIds,
} from '@desk/core/store';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { clientIp } from '../../middleware/client';
import { type Throttle, takeAttempt } from '../../middleware/throttle';
import { jobsOf, withQueueTimeout } from '../../queues';

/** An inquiry is a page of text at most; anything bigger is refused before it is read. */
export const INTAKE_BODY_LIMIT = 64 * 1024;
type IntakeEnv = { Variables: AppEnv['Variables'] & { apiKey: ApiKey } };
/** Wrong API keys from one address per 10 minutes (guessing, or a portal with a revoked key). */
export const INTAKE_KEY_FAILURES_PER_ADDRESS = 20;
/** Inquiries per API key per minute: a portal far above this is broken or abused. */
export const INTAKE_PER_MINUTE = 120;
const keyFailures: Throttle = { name: 'intake-key', points: INTAKE_KEY_FAILURES_PER_ADDRESS, seconds: 600 };
const perKey: Throttle = { name: 'intake', points: INTAKE_PER_MINUTE, seconds: 60 };

/**
 * The API key of the request. Wrong keys are throttled per client address (counted before the lookup,
 * a valid key gives the point back), then each key is held to its rate per minute.
 */
async function apiKeyOf(c: Context<IntakeEnv>) {
  const address = clientIp(c) ?? 'in-process';
  const attempt = await takeAttempt(c, [[keyFailures, address]], { failOpen: true });
  const secret = c.req.header('X-Api-Key');
  const key = secret ? await findActiveApiKey(c.var.ctx.db, secret) : undefined;
  if (!key)
    throw new AppError('UNAUTHORIZED', { zh: 'API 密钥无效或已吊销', en: 'Invalid or revoked API key' });
  await attempt.succeeded();
  // Fail open when Redis is down: the enqueue then answers 503 anyway.
  await takeAttempt(c, [[perKey, String(key.id)]], { failOpen: true });
  return key;
}

/**
 * `POST /api/intake/inquiries` from the government portal (header X-Api-Key): the inquiry is queued
 * for the pipeline and answered `202 {messageId}` at once. Re-sending the same `externalId` (also in
 * parallel) answers the same message id and stores one message.
 */
export const intakeRoutes = new Hono<IntakeEnv>().post(
  '/inquiries',
  bodyLimit({
    maxSize: INTAKE_BODY_LIMIT,
    onError: () => {
      throw new AppError('PAYLOAD_TOO_LARGE');
    },
  }),
  async (c, next) => {
    c.set('apiKey', await apiKeyOf(c));
    await next();
  },
  validate('json', InquiryCreateSchema),
  async (c) => {
    const { db } = c.var.ctx;
    const key = c.var.apiKey;
    const inquiry = c.req.valid('json');
    const source = await ensureSource(db, {
      name: `门户接口 ${key.name} #${key.id}`,
      type: 'portal',
      apiKeyId: key.id,
    });
    const jobs = jobsOf(c.var.ctx);
    const reserved = inquiry.externalId
      ? await reserveInquiryId(db, source.id, inquiry.externalId)
      : { messageId: (await reserveMessageIds(db, 1))[0]!, created: true };
    const { messageId } = reserved;
    // A re-send of a promised inquiry that is not stored yet queues it again under the same job id:
    // the queue keeps one job per id, and the message store keeps one message per (source, externalId).
    if (
      inquiry.externalId &&
      !reserved.created &&
      (await existingDedupeKeys(db, source.id, [externalIdDedupeKey(inquiry.externalId)])).size
    )
      return c.json({ messageId, duplicate: true }, 202);
    const now = new Date();
    const job: IngestJob = {
      sourceId: source.id,
      fetchedAt: now.toISOString(),
      items: [inquiryToRawItem(inquiry, messageId, now)],
    };
    const jobId = inquiry.externalId ? `inquiry:${source.id}:${inquiry.externalId}` : undefined;
    await withQueueTimeout(jobs.add('ingest', job, { jobId }));
    return c.json(reserved.created ? { messageId } : { messageId, duplicate: true }, 202);
  },
);
