import { lexiconSentiment } from '../sentiment';
import { defaultGroupingOptions, EventMatcher, type GroupingOptions } from './cluster';
import { hotness } from './hotness';
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
  const matcher = new EventMatcher([], options);
  const members: BatchMessage[][] = [];
  ordered.forEach((m, i) => {
    const vector = vectorOf(keywords[i]!, idf);
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
        }),
      };
    })
    .sort((a, b) => b.hotness - a.hotness);
}

export interface HotspotScore {
  perReference: { cluster: string; size: number; bestRank: number | null; share: number }[];
  found: number;
  meanShare: number;
}

/**
 * Compare the top events with reference clusters: a reference counts as found when one of the top
 * events holds at least a third of its messages; its share is the largest part one top event holds.
 */
export function scoreHotspots(
  ranked: BatchEvent[],
  reference: Map<string, string[]>,
  top = 10,
): HotspotScore {
  const head = ranked.slice(0, top);
  const perReference = [...reference.entries()].map(([cluster, ids]) => {
    const wanted = new Set(ids);
    let share = 0;
    let bestRank: number | null = null;
    head.forEach((event, rank) => {
      const s = event.messageIds.filter((id) => wanted.has(id)).length / wanted.size;
      if (s > share) {
        share = s;
        bestRank = rank + 1;
      }
    });
    return { cluster, size: wanted.size, bestRank: share >= 1 / 3 ? bestRank : null, share };
  });
  const found = perReference.filter((r) => r.bestRank !== null).length;
  const meanShare = perReference.reduce((s, r) => s + r.share, 0) / (perReference.length || 1);
  return { perReference, found, meanShare };
}
