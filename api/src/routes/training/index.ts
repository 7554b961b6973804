import { AppError, idText, SentimentConfirmSchema, TopicConfirmSchema } from '@desk/core';
import {
  addTrainingExamples,
  confirmSentiment,
  confirmTopic,
  listModels,
  trainFromExamples,
  trainingSummary,
} from '@desk/core/store';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';
import { parseExamples } from './parse-upload';

const Kind = z.object({ kind: z.enum(['topic', 'sentiment']).default('topic') });
const UploadQuery = Kind.extend({ format: z.enum(['jsonl', 'csv']).default('jsonl') });
const MessageParam = z.object({ messageId: idText() });

/** Labelled corpora are large (the 2020 泰迪杯 messages are ~4 MB); app.ts exempts this route from 1 MB. */
export const TRAINING_UPLOAD_LIMIT = 20 * 1024 * 1024;
export const TRAINING_UPLOAD_PATH = '/api/training/examples';

/**
 * `/api/training`: labelled examples (uploads and desk confirmations), training runs and the model
 * history with their held-out figures.
 */
export const trainingRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('training', 'list'), validate('query', Kind), async (c) => {
    const { kind } = c.req.valid('query');
    const [examples, models] = await Promise.all([
      trainingSummary(c.var.ctx.db, kind),
      listModels(c.var.ctx.db),
    ]);
    return c.json({ kind, examples, models: models.filter((m) => m.kind === kind) });
  })
  .post(
    '/examples',
    requireAccess('training', 'create'),
    bodyLimit({
      maxSize: TRAINING_UPLOAD_LIMIT,
      onError: () => {
        throw new AppError('PAYLOAD_TOO_LARGE');
      },
    }),
    validate('query', UploadQuery),
    async (c) => {
      const { kind, format } = c.req.valid('query');
      const examples = parseExamples(await c.req.text(), format, kind);
      const added = await addTrainingExamples(c.var.ctx.db, auditActor(c), { kind, format, rows: examples });
      return c.json({ added }, 201);
    },
  )
  .post('/train', requireAccess('training', 'train'), validate('json', Kind), async (c) => {
    const { kind } = c.req.valid('json');
    const result = await trainFromExamples(c.var.ctx.db, auditActor(c), kind);
    if (!result.trained)
      throw new AppError(
        'BAD_REQUEST',
        { zh: '训练样本至少需要两个类别', en: 'Training needs at least two labels' },
        result,
      );
    return c.json(result, 201);
  })
  .post(
    '/confirm/:messageId',
    requireAccess('training', 'confirm'),
    validate('param', MessageParam),
    validate('json', TopicConfirmSchema),
    async (c) => {
      const { messageId } = c.req.valid('param');
      const { topic } = c.req.valid('json');
      await confirmTopic(c.var.ctx.db, auditActor(c), messageId, topic);
      return c.json({ messageId, topic, topicSource: 'confirmed' });
    },
  )
  .post(
    '/confirm-sentiment/:messageId',
    requireAccess('training', 'confirm'),
    validate('param', MessageParam),
    validate('json', SentimentConfirmSchema),
    async (c) => {
      const { messageId } = c.req.valid('param');
      const result = await confirmSentiment(
        c.var.ctx.db,
        auditActor(c),
        messageId,
        c.req.valid('json').label,
      );
      return c.json(result);
    },
  );
