import { and, eq } from 'drizzle-orm';
import { normalizeSentimentLabel, type SentimentLabel, SentimentModel } from '../../../classify/sentiment';
import { compareWithDefault } from '../../../classify/sentiment-gate';
import type { Db } from '../../db';
import { messages, searchOutbox, trainingExamples } from '../../schema';
import { type AuditEntry, appendAudit } from '../audit-log';
import { saveModel } from './models';

/**
 * Train a sentiment candidate from every stored example (uploads, 0/1 or three labels, and officers'
 * corrections), compare it with the default on the corrections, and store it: active only when it
 * was better there, so a model of another domain never replaces the default blindly.
 */
export async function trainSentimentCandidate(db: Db, createdBy: number | null) {
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
  const model = SentimentModel.train(examples);
  const metrics = { examples: examples.length, comparison: decision };
  const saved = await saveModel(db, {
    kind: 'sentiment',
    model: model.serialize(),
    metrics,
    trainingSize: examples.length,
    createdBy,
    activate: decision.activate,
  });
  return { trained: true as const, ...saved, active: decision.activate, metrics };
}

/** Score stored for a corrected label: clearly on its side of the neutral band. */
const CONFIRMED_SCORE = { 负面: -0.8, 中性: 0, 正面: 0.8 } as const;

/**
 * An officer corrects (or confirms) a message's sentiment: the message keeps it as 'confirmed', the
 * masked message becomes a training example (replacing an earlier correction of it), search is told,
 * and the audit row is written in the same transaction.
 */
export async function confirmSentiment(
  db: Db,
  messageId: number,
  label: SentimentLabel,
  actor: Omit<AuditEntry, 'action' | 'entity' | 'entityId' | 'before' | 'after'>,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ label: messages.sentimentLabel, source: messages.sentimentSource })
      .from(messages)
      .where(eq(messages.id, messageId));
    if (!before) return undefined;
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
    await tx.insert(searchOutbox).values({ messageId, reason: 'update' });
    await tx
      .insert(trainingExamples)
      .values({
        kind: 'sentiment',
        title: row!.title,
        body: row!.body,
        label,
        origin: 'confirmed',
        messageId,
        createdBy: actor.actorId ?? null,
      })
      .onConflictDoUpdate({
        target: [trainingExamples.kind, trainingExamples.messageId],
        set: { label, createdBy: actor.actorId ?? null, createdAt: new Date() },
      });
    await appendAudit(tx as unknown as Db, {
      ...actor,
      action: 'confirm-sentiment',
      entity: 'messages',
      entityId: messageId,
      before,
      after: { label, source: 'confirmed' },
    });
    return { messageId, sentimentLabel: label, sentimentSource: 'confirmed' as const };
  });
}
