import { lexiconSentiment } from '../sentiment';
import { defaultGroupingOptions, EventMatcher, type GroupingOptions } from './cluster';
import { hotness } from './hotness';
import { representativeTitle } from './title';
import { localIdfFrom, messageKeywords, termsOf, topTerms, vectorOf } from './vector';

export interface BatchMessage {
  id: string;
  title: string;
  body?: string | null;
  createdAt: Date;
  likes?: number;
  dislikes?: number;
  replies?: number;
}

export interface BatchEvent {
  key: number;
  /** The title of its most representative message. */
  title: string;
  keywords: string[];
  messageIds: string[];
  firstSeenAt: Date;
  lastSeenAt: Date;
  hotness: number;
}

/**
 * Group a historical batch of messages into events, in time order, with the same rule the pipeline
 * applies to each new message; then rank them by the published hotness.
 */
export function groupBatch(
  messages: BatchMessage[],
  options: GroupingOptions = defaultGroupingOptions,
): BatchEvent[] {
  const ordered = [...messages].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const keywords = ordered.map((m) => messageKeywords(m.title, m.body));
  const df = new Map<string, number>();
  for (const k of keywords) for (const t of termsOf(k)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = localIdfFrom((t) => df.get(t) ?? 0, ordered.length);
  const known = (t: string) => df.has(t);
  const matcher = new EventMatcher([], options);
  const members: BatchMessage[][] = [];
  ordered.forEach((m, i) => {
    const vector = vectorOf(keywords[i]!, idf, known);
    const hit = matcher.best(vector, m.createdAt);
    if (hit) {
      matcher.join(hit.position, vector, m.createdAt);
      members[hit.position]!.push(m);
    } else {
      matcher.add({ key: members.length, centroid: vector, count: 1, lastSeenAt: m.createdAt });
      members.push([m]);
    }
  });
  return matcher.states
    .map((s, k) => {
      const ms = members[k]!;
      const negative = ms.filter(
        (m) => lexiconSentiment(`${m.title} ${m.body ?? ''}`).label === '负面',
      ).length;
      return {
        key: k,
        title: representativeTitle(
          ms.map((m) => m.title),
          s.centroid,
        ),
        keywords: topTerms(s.centroid, 8),
        messageIds: ms.map((m) => m.id),
        firstSeenAt: ms[0]!.createdAt,
        lastSeenAt: s.lastSeenAt,
        hotness: hotness({
          messages: ms.length,
          likes: ms.reduce((n, m) => n + (m.likes ?? 0), 0),
          dislikes: ms.reduce((n, m) => n + (m.dislikes ?? 0), 0),
          replies: ms.reduce((n, m) => n + (m.replies ?? 0), 0),
          negativeShare: negative / ms.length,
          recentShare: 0,
          spanDays: (s.lastSeenAt.getTime() - ms[0]!.createdAt.getTime()) / 86_400_000,
        }),
      };
    })
    .sort((a, b) => b.hotness - a.hotness);
}

export interface ReferenceScore {
  cluster: string;
  size: number;
  /** Rank of its best event (1 = hottest). */
  rank: number | null;
  /** Whether that best event is among the top ones and holds at least a third of the cluster. */
  found: boolean;
  /** The largest part of the cluster one event holds (how well the grouping gathers it). */
  share: number;
  /** The share of that best event's messages that belong to the cluster (0 when there is none). */
  purity: number;
}

export interface HotspotScore {
  perReference: ReferenceScore[];
  found: number;
  meanShare: number;
  meanPurity: number;
}

function scoreReference(ranked: BatchEvent[], top: number, cluster: string, ids: string[]): ReferenceScore {
  const wanted = new Set(ids);
  let best: { rank: number; share: number; purity: number } | null = null;
  ranked.forEach((event, rank) => {
    const inside = event.messageIds.filter((id) => wanted.has(id)).length;
    const share = inside / wanted.size;
    if (share > (best?.share ?? 0))
      best = { rank: rank + 1, share, purity: inside / event.messageIds.length };
  });
  const found = best as { rank: number; share: number; purity: number } | null;
  return {
    cluster,
    size: wanted.size,
    rank: found?.rank ?? null,
    found: !!found && found.rank <= top && found.share >= 1 / 3,
    share: found?.share ?? 0,
    purity: found?.purity ?? 0,
  };
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / (values.length || 1);

/**
 * Compare the events with reference clusters. Grouping and ranking are measured apart: a cluster's
 * best event is the one holding the largest part of it, wherever it ranks (share = that part, purity =
 * the part of the event's messages that belong to the cluster); the cluster is found when that event
 * is among the `top` and holds at least a third of it.
 */
export function scoreHotspots(
  ranked: BatchEvent[],
  reference: Map<string, string[]>,
  top = 10,
): HotspotScore {
  const perReference = [...reference].map(([cluster, ids]) => scoreReference(ranked, top, cluster, ids));
  return {
    perReference,
    found: perReference.filter((r) => r.found).length,
    meanShare: mean(perReference.map((r) => r.share)),
    meanPurity: mean(perReference.map((r) => r.purity)),
  };
}
