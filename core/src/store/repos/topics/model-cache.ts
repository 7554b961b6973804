import { TextClassifier } from '../../../classify/classifier';
import { SentimentModel } from '../../../classify/sentiment';
import type { Db } from '../../db';
import { activeModelVersion, loadModel } from './models';

/** How long a worker trusts its cached model before asking the database for a newer version. */
const RECHECK_MS = 10_000;

interface Cached<T> {
  id: number | null;
  model: T | null;
  checkedAt: number;
}

/**
 * The active topic / sentiment models, loaded once per process and re-checked every few seconds (one
 * cheap query), so a model trained through the API reaches every worker without a restart.
 */
export class ModelCache {
  private topic: Cached<TextClassifier> = { id: null, model: null, checkedAt: 0 };
  private sentiment: Cached<SentimentModel> = { id: null, model: null, checkedAt: 0 };

  constructor(private readonly db: Db) {}

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
    kind: 'topic' | 'sentiment',
    build: (m: Parameters<typeof TextClassifier.deserialize>[0]) => T,
  ): Promise<Cached<T>> {
    if (Date.now() - cached.checkedAt < RECHECK_MS) return cached;
    const active = await activeModelVersion(this.db, kind);
    if (!active) return { id: null, model: null, checkedAt: Date.now() };
    if (active.id === cached.id) return { ...cached, checkedAt: Date.now() };
    const stored = await loadModel(this.db, active.id);
    return { id: active.id, model: stored ? build(stored.model) : null, checkedAt: Date.now() };
  }
}
