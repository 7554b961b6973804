import { and, desc, eq, ne } from 'drizzle-orm';
import type { SerializedClassifier } from '../../../classify/classifier';
import type { SerializedSentimentModel } from '../../../classify/sentiment-model';

/** What a stored model row holds: a topic classifier or a sentiment ensemble. */
export type StoredModelData = SerializedClassifier | SerializedSentimentModel;

import type { Db } from '../../db';
import { classifierModels } from '../../schema';

export type ModelKind = 'topic' | 'sentiment';

export interface StoredModel {
  id: number;
  kind: ModelKind;
  version: number;
  model: StoredModelData;
  metrics: Record<string, unknown>;
  trainingSize: number;
}

/** Save a trained model as the next version of its kind and (unless told not to) make it the active one. */
export async function saveModel(
  db: Db,
  input: {
    kind: ModelKind;
    model: StoredModelData;
    metrics: Record<string, unknown>;
    trainingSize: number;
    createdBy?: number | null;
    /** False keeps the active model: a sentiment candidate that did not beat the default. */
    activate?: boolean;
  },
): Promise<{ id: number; version: number }> {
  const { activate = true, ...values } = input;
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ version: classifierModels.version })
      .from(classifierModels)
      .where(eq(classifierModels.kind, input.kind))
      .orderBy(desc(classifierModels.version))
      .limit(1);
    const version = (last?.version ?? 0) + 1;
    const [row] = await tx
      .insert(classifierModels)
      .values({ ...values, version, active: activate })
      .returning({ id: classifierModels.id });
    if (activate)
      await tx
        .update(classifierModels)
        .set({ active: false })
        .where(and(eq(classifierModels.kind, input.kind), ne(classifierModels.id, row!.id)));
    return { id: row!.id, version };
  });
}

/** The id and version of the active model of a kind (cheap: no model payload). */
export async function activeModelVersion(
  db: Db,
  kind: ModelKind,
): Promise<{ id: number; version: number } | null> {
  const [row] = await db
    .select({ id: classifierModels.id, version: classifierModels.version })
    .from(classifierModels)
    .where(and(eq(classifierModels.kind, kind), eq(classifierModels.active, true)))
    .limit(1);
  return row ?? null;
}

export async function loadModel(db: Db, id: number): Promise<StoredModel | null> {
  const [row] = await db.select().from(classifierModels).where(eq(classifierModels.id, id));
  return row ? ({ ...row, model: row.model as StoredModelData } as StoredModel) : null;
}

/** Model history without the payloads, newest first. */
export const listModels = (db: Db) =>
  db
    .select({
      id: classifierModels.id,
      kind: classifierModels.kind,
      version: classifierModels.version,
      metrics: classifierModels.metrics,
      trainingSize: classifierModels.trainingSize,
      active: classifierModels.active,
      createdAt: classifierModels.createdAt,
    })
    .from(classifierModels)
    .orderBy(desc(classifierModels.createdAt));
