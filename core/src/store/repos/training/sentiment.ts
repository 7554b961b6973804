import { and, eq } from 'drizzle-orm';
import { normalizeSentimentLabel, SentimentModel } from '../../../classify/sentiment';
import { compareWithDefault } from '../../../classify/sentiment-gate';
import type { Db } from '../../db';
import { trainingExamples } from '../../schema';
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
