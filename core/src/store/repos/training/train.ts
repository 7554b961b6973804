import { and, eq, sql } from 'drizzle-orm';
import { TextClassifier } from '../../../classify/classifier';
import { foldOf, normalizeTitle } from '../../../classify/cross-validate';
import { evaluate } from '../../../classify/metrics';
import type { AuditActor } from '../../../domain/audit';
import type { Db } from '../../db';
import { trainingExamples } from '../../schema';
import { audited } from '../audit-log/append';
import { type Candidate, type ModelKind, saveModel } from './models';
import { sentimentCandidate } from './sentiment';

/** Examples held out (by normalised title) to report a trained model's figures: one in five. */
const HOLDOUT_FOLDS = 5;

/**
 * Train a model of `kind` from every stored example and store it as the next version, with its audit
 * row in the same transaction (active unless a sentiment candidate lost to the default).
 */
export async function trainFromExamples(db: Db, actor: AuditActor, kind: ModelKind) {
  const candidate = kind === 'sentiment' ? await sentimentCandidate(db) : await topicCandidate(db);
  if (!candidate.trained) return candidate;
  const { trained: _, ...model } = candidate;
  const saved = await audited(db, actor, async (tx, audit) => {
    const stored = await saveModel(tx, { ...model, createdBy: actor.userId });
    const after = { kind, version: stored.version, active: model.activate, metrics: model.metrics };
    await audit({ action: 'train', entity: 'training', entityId: stored.id, after });
    return stored;
  });
  return { trained: true as const, ...saved, active: model.activate, metrics: model.metrics };
}

/**
 * A topic model from every example, with macro-F1 / accuracy measured on a held-out fifth before it is
 * retrained on all of them.
 */
async function topicCandidate(db: Db): Promise<Candidate> {
  const rows = await db
    .select({ title: trainingExamples.title, body: trainingExamples.body, label: trainingExamples.label })
    .from(trainingExamples)
    .where(and(eq(trainingExamples.kind, 'topic'), sql`length(${trainingExamples.label}) > 0`));
  const docs = rows.map((r) => ({ title: r.title, body: r.body, label: r.label }));
  if (new Set(docs.map((d) => d.label)).size < 2)
    return { trained: false, reason: 'needs at least two labels', examples: docs.length };
  const isTest = (d: { title: string }) => foldOf(normalizeTitle(d.title), HOLDOUT_FOLDS) === 0;
  const train = docs.filter((d) => !isTest(d));
  const test = docs.filter(isTest);
  let metrics: Record<string, unknown> = { examples: docs.length };
  let temperature = 1;
  if (test.length >= 10 && new Set(train.map((d) => d.label)).size >= 2) {
    const held = TextClassifier.train(train);
    temperature = held.temperatureFor(test);
    const result = evaluate(
      test.map((d) => d.label),
      test.map((d) => held.predict(d).label),
    );
    const { macroF1, accuracy, perClass } = result;
    metrics = { ...metrics, heldOut: test.length, macroF1, accuracy, perClass, temperature };
  }
  // The held-out fifth calibrates the confidence of the model trained on everything (same scale).
  const model = TextClassifier.train(docs).rescaled(temperature).serialize();
  return { trained: true, kind: 'topic', model, metrics, trainingSize: docs.length, activate: true };
}
