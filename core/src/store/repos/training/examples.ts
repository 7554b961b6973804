import { and, count, desc, eq, sql } from 'drizzle-orm';
import { TextClassifier } from '../../../classify/classifier';
import { foldOf, normalizeTitle } from '../../../classify/cross-validate';
import { evaluate } from '../../../classify/metrics';
import type { Db } from '../../db';
import { messages, searchOutbox, trainingExamples } from '../../schema';
import { type ModelKind, saveModel } from './models';
import { trainSentimentCandidate } from './sentiment';

export interface ExampleInput {
  title: string;
  body?: string | null;
  label: string;
}

/** Store uploaded examples; returns how many were added. */
export async function addTrainingExamples(
  db: Db,
  kind: ModelKind,
  rows: ExampleInput[],
  createdBy: number | null,
): Promise<number> {
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insert(trainingExamples).values(
      rows.slice(i, i + CHUNK).map((r) => ({
        kind,
        title: r.title,
        body: r.body ?? null,
        label: r.label,
        origin: 'upload' as const,
        createdBy,
      })),
    );
  }
  return rows.length;
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
export async function confirmTopic(db: Db, messageId: number, topic: string, userId: number | null) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(messages)
      .set({ topic, topicConfidence: 1, topicSource: 'confirmed', updatedAt: new Date() })
      .where(eq(messages.id, messageId))
      .returning({ id: messages.id, title: messages.title, body: messages.body });
    if (!row) return undefined;
    await tx.insert(searchOutbox).values({ messageId, reason: 'update' });
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
    return row;
  });
}

/** Examples held out (by normalised title) to report a trained model's figures: one in five. */
const HOLDOUT_FOLDS = 5;

/**
 * Train a model of `kind` from every stored example, report macro-F1 / accuracy on a held-out fifth,
 * then retrain on all of them and store it as the active version.
 */
export async function trainFromExamples(db: Db, kind: ModelKind, createdBy: number | null) {
  if (kind === 'sentiment') return trainSentimentCandidate(db, createdBy);
  const rows = await db
    .select({ title: trainingExamples.title, body: trainingExamples.body, label: trainingExamples.label })
    .from(trainingExamples)
    .where(and(eq(trainingExamples.kind, kind), sql`length(${trainingExamples.label}) > 0`));
  const docs = rows.map((r) => ({ title: r.title, body: r.body, label: r.label }));
  const labels = new Set(docs.map((d) => d.label));
  if (labels.size < 2)
    return { trained: false as const, reason: 'needs at least two labels', examples: docs.length };
  const isTest = (d: { title: string }) => foldOf(normalizeTitle(d.title), HOLDOUT_FOLDS) === 0;
  const train = docs.filter((d) => !isTest(d));
  const test = docs.filter(isTest);
  const fit = (set: typeof docs) => TextClassifier.train(set);
  let metrics: Record<string, unknown> = { examples: docs.length };
  let temperature = 1;
  if (test.length >= 10 && new Set(train.map((d) => d.label)).size >= 2) {
    const held = fit(train);
    temperature = held.temperatureFor(test);
    const predicted = test.map((d) => held.predict(d).label);
    const result = evaluate(
      test.map((d) => d.label),
      predicted,
    );
    metrics = {
      ...metrics,
      heldOut: test.length,
      macroF1: result.macroF1,
      accuracy: result.accuracy,
      perClass: result.perClass,
      temperature,
    };
  }
  // The held-out fifth calibrates the confidence of the model trained on everything (same scale).
  const model = fit(docs).rescaled(temperature);
  const saved = await saveModel(db, {
    kind,
    model: model.serialize(),
    metrics,
    trainingSize: docs.length,
    createdBy,
  });
  return { trained: true as const, ...saved, metrics };
}
