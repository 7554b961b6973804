import type { InquiryType, MessageChannel, MessageKind, ParsedRawItem, RiskHit } from '@desk/core';
import type { SentimentReason, SentimentSource } from '@desk/core/classify';
import type { Db } from '@desk/core/store';
import type { IngestTuning } from '../tuning';
import type { BandIndex } from './band-index';

/** What every stage of one batch may read; stages never see queues or their neighbours. */
export interface BatchContext {
  db: Db;
  sourceId: number;
  fetchedAt: Date;
  tuning: IngestTuning;
  /** Near-duplicate candidates by LSH band (Redis in the workers). */
  bands: BandIndex;
}

/** Why items left the pipeline without becoming a new message (counted, not thrown). */
export type DropReason = 'duplicate' | 'empty';

export interface StageResult<T> {
  items: T[];
  dropped?: { reason: DropReason; item: NormalizedItem }[];
}

export interface NormalizedItem {
  raw: ParsedRawItem;
  id?: number;
  dedupeKey: string;
  externalId: string | null;
  url: string | null;
  title: string;
  body: string;
  author: string | null;
  kind: MessageKind;
  channel: MessageChannel;
  inquiryType: InquiryType | null;
  likes: number;
  replies: number;
  publishedAt: Date | null;
  receivedAt: Date;
}

export interface DedupedItem extends NormalizedItem {
  id: number;
  /** jieba tokens of title + body (unmasked), shared by the fingerprint and the keywords. */
  tokens: string[] | null;
  minhash: number[] | null;
  bands: number[] | null;
  /** For an original repeated later in the same batch: how many times. */
  repeats: number;
  /** Set for a near duplicate: the first message with (nearly) the same text. */
  duplicateOfId: number | null;
}

export interface EnrichedItem extends DedupedItem {
  masked: { title: string; body: string; author: string | null };
  /** Kinds of personal data found; non-empty or a contact means originals go to message_pii. */
  piiKinds: string[];
  contactMasked: { name?: string; phone?: string; email?: string } | null;
  keywords: string[];
  region: string | null;
}

export interface ClassifiedItem extends EnrichedItem {
  topic: string | null;
  topicConfidence: number | null;
  topicSource: 'rule' | 'model' | 'confirmed' | null;
  sentiment: number | null;
  sentimentLabel: string | null;
  sentimentSource: SentimentSource | null;
  sentimentReasons: SentimentReason[];
  /** Risk rules fired (研判), most urgent first, and the most urgent level. */
  riskHits: RiskHit[];
  riskLevel: RiskHit['level'] | null;
}
