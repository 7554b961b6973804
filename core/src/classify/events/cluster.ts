import { addToCentroid, cosine, norm, type TermVector } from './vector';

/** An event's state as the grouping needs it (a row of `events` or an in-memory cluster). */
export interface EventState {
  key: string | number;
  centroid: TermVector;
  count: number;
  lastSeenAt: Date;
}

export interface GroupingOptions {
  /** Cosine similarity to an event's centroid needed to join it. */
  threshold: number;
  /** An event quiet for longer than this no longer takes messages (days). */
  windowDays: number;
}

export const defaultGroupingOptions: GroupingOptions = { threshold: 0.35, windowDays: 90 };

/** The most similar open event for a message vector, or null when none reaches the threshold. */
export function bestEvent(
  vector: TermVector,
  at: Date,
  candidates: EventState[],
  options: GroupingOptions = defaultGroupingOptions,
): { event: EventState; similarity: number } | null {
  const vNorm = norm(vector);
  const oldest = at.getTime() - options.windowDays * 86_400_000;
  let best: { event: EventState; similarity: number } | null = null;
  for (const event of candidates) {
    if (event.lastSeenAt.getTime() < oldest) continue;
    const similarity = cosine(vector, event.centroid, vNorm);
    if (similarity >= options.threshold && (!best || similarity > best.similarity))
      best = { event, similarity };
  }
  return best;
}

/** The event after a message joined it. */
export function joinEvent(event: EventState, vector: TermVector, at: Date): EventState {
  return {
    ...event,
    centroid: addToCentroid(event.centroid, vector),
    count: event.count + 1,
    lastSeenAt: at > event.lastSeenAt ? at : event.lastSeenAt,
  };
}
