import { StaleModelError, TextClassifier } from '../../../classify/classifier';
import { SentimentModel } from '../../../classify/sentiment';
import type { Db } from '../../db';
import { activeModelVersion, loadModel, type ModelKind } from './models';

/** How long a worker trusts its cached model before asking the database for a newer version. */
const RECHECK_MS = 10_000;

interface Cached<T> {
  id: number | null;
  model: T | null;
  checkedAt: number;
}

/** Where a stale model is reported (pino's `warn` fits). */
export interface ModelCacheLog {
  warn(details: Record<string, unknown>, message: string): void;
}

const consoleLog: ModelCacheLog = {
  warn: (details, message) => console.warn(message, details),
};

/**
 * The active topic / sentiment models, loaded once per process and re-checked every few seconds (one
 * cheap query), so a model trained through the API reaches every worker without a restart. A stored
 * model this version cannot read is reported once and treated as absent: the keyword rules and the
 * lexicon take over until someone retrains.
 */
export class ModelCache {
  private topic: Cached<TextClassifier> = { id: null, model: null, checkedAt: 0 };
  private sentiment: Cached<SentimentModel> = { id: null, model: null, checkedAt: 0 };

  constructor(
    private readonly db: Db,
    private readonly log: ModelCacheLog = consoleLog,
  ) {}

  async topicModel(): Promise<TextClassifier | null> {
    this.topic = await this.refresh(this.topic, 'topic', (m) => TextClassifier.deserialize(m));
    return this.topic.model;
  }

  async sentimentModel(): Promise<SentimentModel | null> {
    this.sentiment = await this.refresh(this.sentiment, 'sentiment', (m) => SentimentModel.deserialize(m));
    return this.sentiment.model;
  }

  private async refresh<T>(
    cached: Cached<T>,
    kind: ModelKind,
    build: (stored: unknown) => T,
  ): Promise<Cached<T>> {
    if (Date.now() - cached.checkedAt < RECHECK_MS) return cached;
    const active = await activeModelVersion(this.db, kind);
    if (!active) return { id: null, model: null, checkedAt: Date.now() };
    if (active.id === cached.id) return { ...cached, checkedAt: Date.now() };
    const stored = await loadModel(this.db, active.id);
    return { id: active.id, model: stored ? this.build(stored, build) : null, checkedAt: Date.now() };
  }

  private build<T>(
    stored: { id: number; kind: ModelKind; version: number; model: unknown },
    build: (m: unknown) => T,
  ): T | null {
    try {
      return build(stored.model);
    } catch (error) {
      if (!(error instanceof StaleModelError)) throw error;
      const fallback = stored.kind === 'topic' ? 'keyword rules' : 'sentiment lexicon';
      this.log.warn(
        { kind: stored.kind, modelId: stored.id, version: stored.version, reason: error.message },
        `stored ${stored.kind} model v${stored.version} is stale; using the ${fallback} until it is retrained`,
      );
      return null;
    }
  }
}
