import { and, eq } from 'drizzle-orm';
import { normalizeSentimentLabel, type SentimentLabel, SentimentModel } from '../../../classify/sentiment';
import { compareWithDefault } from '../../../classify/sentiment-gate';
import type { AuditActor } from '../../../domain/audit';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { messages, trainingExamples } from '../../schema';
import { audited } from '../audit-log/append';
import { markForReindex } from '../messages/outbox';
import type { Candidate } from './models';

/**
 * Train a sentiment candidate from every stored example (uploads, 0/1 or three labels, and officers'
 * corrections) and compare it with the default on the corrections: it is to be active only when it
 * was better there, so a model of another domain never replaces the default blindly.
 */
export async function sentimentCandidate(db: Db): Promise<Candidate> {
  const rows = await db
    .select({
      title: trainingExamples.title,
      body: trainingExamples.body,
      label: trainingExamples.label,
      origin: trainingExamples.origin,
    })
    .from(trainingExamples)
    .where(and(eq(trainingExamples.kind, 'sentiment')));
  const examples = rows.flatMap((r) => {
    const label = normalizeSentimentLabel(r.label);
    return label ? [{ title: r.title, body: r.body, label, origin: r.origin }] : [];
  });
  if (new Set(examples.map((e) => e.label)).size < 2)
    return { trained: false as const, reason: 'needs at least two labels', examples: examples.length };
  const decision = compareWithDefault(
    examples.filter((e) => e.origin !== 'confirmed'),
    examples.filter((e) => e.origin === 'confirmed'),
  );
  return {
    trained: true,
    kind: 'sentiment',
    model: SentimentModel.train(examples).serialize(),
    metrics: { examples: examples.length, comparison: decision },
    trainingSize: examples.length,
    activate: decision.activate,
  };
}

/** Score stored for a corrected label: clearly on its side of the neutral band. */
const CONFIRMED_SCORE = { 负面: -0.8, 中性: 0, 正面: 0.8 } as const;

/**
 * An officer corrects (or confirms) a message's sentiment: the message keeps it as 'confirmed', the
 * masked message becomes a training example (replacing an earlier correction of it), search is told,
 * and the audit row is written in the same transaction.
 */
export function confirmSentiment(db: Db, actor: AuditActor, messageId: number, label: SentimentLabel) {
  return audited(db, actor, async (tx, audit) => {
    const [before] = await tx
      .select({ label: messages.sentimentLabel, source: messages.sentimentSource })
      .from(messages)
      .where(eq(messages.id, messageId));
    if (!before) throw new AppError('NOT_FOUND');
    const [row] = await tx
      .update(messages)
      .set({
        sentiment: CONFIRMED_SCORE[label],
        sentimentLabel: label,
        sentimentSource: 'confirmed',
        updatedAt: new Date(),
      })
      .where(eq(messages.id, messageId))
      .returning({ id: messages.id, title: messages.title, body: messages.body });
    await markForReindex(tx, [messageId]);
    await tx
      .insert(trainingExamples)
      .values({
        kind: 'sentiment',
        title: row!.title,
        body: row!.body,
        label,
        origin: 'confirmed',
        messageId,
        createdBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: [trainingExamples.kind, trainingExamples.messageId],
        set: { label, createdBy: actor.userId, createdAt: new Date() },
      });
    await audit({
      action: 'confirm-sentiment',
      entity: 'messages',
      entityId: messageId,
      before,
      after: { label, source: 'confirmed' },
    });
    return { messageId, sentimentLabel: label, sentimentSource: 'confirmed' as const };
  });
}
