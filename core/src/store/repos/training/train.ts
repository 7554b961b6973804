import { and, eq, sql } from 'drizzle-orm';
import { TextClassifier } from '../../../classify/classifier';
import { foldOf, normalizeTitle } from '../../../classify/cross-validate';
import { evaluate } from '../../../classify/metrics';
import { SentimentModel } from '../../../classify/sentiment';
import type { AuditActor } from '../../../domain/audit';
import type { Db } from '../../db';
import { trainingExamples } from '../../schema';
import { audited } from '../audit-log/append';
import { type ModelKind, saveModel } from './models';

/** Examples held out (by normalised title) to report a trained model's figures: one in five. */
const HOLDOUT_FOLDS = 5;

/**
 * Train a model of `kind` from every stored example, report macro-F1 / accuracy on a held-out fifth,
 * then retrain on all of them and store it as the active version.
 */
export async function trainFromExamples(db: Db, actor: AuditActor, kind: ModelKind) {
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
  const fit = (set: typeof docs) =>
    kind === 'topic'
      ? TextClassifier.train(set)
      : SentimentModel.train(set.map((d) => ({ text: d.title, label: d.label === '1' ? 1 : 0 })));
  let metrics: Record<string, unknown> = { examples: docs.length };
  if (test.length >= 10 && new Set(train.map((d) => d.label)).size >= 2) {
    const held = fit(train);
    const predicted = test.map((d) =>
      held instanceof TextClassifier
        ? held.predict(d).label
        : String((held as SentimentModel).polarity(d.title)),
    );
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
    };
  }
  const model = fit(docs).serialize();
  const saved = await audited(db, actor, async (tx, audit) => {
    const stored = await saveModel(tx, {
      kind,
      model,
      metrics,
      trainingSize: docs.length,
      createdBy: actor.userId,
    });
    await audit({
      action: 'train',
      entity: 'training',
      entityId: stored.id,
      after: { kind, version: stored.version, metrics },
    });
    return stored;
  });
  return { trained: true as const, ...saved, metrics };
}
