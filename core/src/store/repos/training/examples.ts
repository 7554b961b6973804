import { count, desc, eq } from 'drizzle-orm';
import type { AuditActor } from '../../../domain/audit';
import { AppError } from '../../../errors';
import type { Db } from '../../db';
import { messages, trainingExamples } from '../../schema';
import { audited } from '../audit-log/append';
import { markForReindex } from '../messages/outbox';
import type { ModelKind } from './models';

export interface ExampleInput {
  title: string;
  body?: string | null;
  label: string;
}

/** Store uploaded examples (all or none, with one audit row); returns how many were added. */
export function addTrainingExamples(
  db: Db,
  actor: AuditActor,
  upload: { kind: ModelKind; format: string; rows: ExampleInput[] },
): Promise<number> {
  const { kind, format, rows } = upload;
  const CHUNK = 500;
  return audited(db, actor, async (tx, audit) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx.insert(trainingExamples).values(
        rows.slice(i, i + CHUNK).map((r) => ({
          kind,
          title: r.title,
          body: r.body ?? null,
          label: r.label,
          origin: 'upload' as const,
          createdBy: actor.userId,
        })),
      );
    }
    await audit({ action: 'upload', entity: 'training', after: { kind, format, added: rows.length } });
    return rows.length;
  });
}

/** Counts of examples per label and origin, for the admin's training page. */
export const trainingSummary = (db: Db, kind: ModelKind) =>
  db
    .select({ label: trainingExamples.label, origin: trainingExamples.origin, n: count() })
    .from(trainingExamples)
    .where(eq(trainingExamples.kind, kind))
    .groupBy(trainingExamples.label, trainingExamples.origin)
    .orderBy(desc(count()));

/**
 * A duty officer confirms or corrects a message's topic: the message keeps it as 'confirmed' and the
 * (masked) message becomes a training example, replacing an earlier confirmation of the same message.
 */
export function confirmTopic(db: Db, actor: AuditActor, messageId: number, topic: string) {
  const userId = actor.userId;
  return audited(db, actor, async (tx, audit) => {
    const [row] = await tx
      .update(messages)
      .set({ topic, topicConfidence: 1, topicSource: 'confirmed', updatedAt: new Date() })
      .where(eq(messages.id, messageId))
      .returning({ id: messages.id, title: messages.title, body: messages.body });
    if (!row) throw new AppError('NOT_FOUND');
    await markForReindex(tx, [messageId]);
    await tx
      .insert(trainingExamples)
      .values({
        kind: 'topic',
        title: row.title,
        body: row.body,
        label: topic,
        origin: 'confirmed',
        messageId,
        createdBy: userId,
      })
      .onConflictDoUpdate({
        target: [trainingExamples.kind, trainingExamples.messageId],
        set: { label: topic, createdBy: userId, createdAt: new Date() },
      });
    await audit({ action: 'confirm-topic', entity: 'messages', entityId: messageId, after: { topic } });
    return row;
  });
}
