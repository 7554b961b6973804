import { addToCentroid, norm, type TermVector } from './vector';

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

/**
 * The open events a stream of messages is grouped into, indexed by term: a message is compared only
 * with the events sharing one of its terms (its cosine with any other is 0, below any threshold). The
 * answer is the one a scan of all events in order would give; it just costs less with thousands open.
 */
export class EventMatcher {
  readonly states: EventState[] = [];
  private readonly norms: number[] = [];
  /** Each centroid's entries, kept beside it: the hot loop reads arrays, not fresh Object.entries. */
  private readonly entries: [string, number][][] = [];
  /** term → the events whose centroid holds (or once held) it; a stale entry only costs a comparison. */
  private readonly postings = new Map<string, Set<number>>();

  constructor(
    states: EventState[] = [],
    private readonly options: GroupingOptions = defaultGroupingOptions,
  ) {
    for (const state of states) this.add(state);
  }

  /** Open an event; returns its position. */
  add(state: EventState): number {
    const position = this.states.length;
    this.states.push(state);
    this.norms.push(norm(state.centroid));
    this.entries.push(Object.entries(state.centroid));
    this.post(position, state.centroid);
    return position;
  }

  /** The most similar open event for a message vector at time `at`, or null below the threshold. */
  best(vector: TermVector, at: Date): { position: number; event: EventState; similarity: number } | null {
    const vNorm = norm(vector);
    const vEntries = Object.entries(vector);
    const oldest = at.getTime() - this.options.windowDays * 86_400_000;
    let best: { position: number; event: EventState; similarity: number } | null = null;
    for (const position of this.candidates(vector)) {
      const event = this.states[position]!;
      if (event.lastSeenAt.getTime() < oldest) continue;
      const similarity = this.cosine(vector, vEntries, vNorm, position);
      if (similarity >= this.options.threshold && (!best || similarity > best.similarity))
        best = { position, event, similarity };
    }
    return best;
  }

  /** A message joined the event at `position`. */
  join(position: number, vector: TermVector, at: Date): EventState {
    const joined = joinEvent(this.states[position]!, vector, at);
    this.states[position] = joined;
    this.norms[position] = norm(joined.centroid);
    this.entries[position] = Object.entries(joined.centroid);
    this.post(position, joined.centroid);
    return joined;
  }

  /** `cosine(vector, centroid)` of vector.ts, term for term in the same order, on the kept entries. */
  private cosine(vector: TermVector, vEntries: [string, number][], vNorm: number, position: number): number {
    const cNorm = this.norms[position]!;
    if (!vNorm || !cNorm) return 0;
    const centroid = this.states[position]!.centroid;
    const cEntries = this.entries[position]!;
    let dot = 0;
    if (vEntries.length < cEntries.length) for (const [term, w] of vEntries) dot += w * (centroid[term] ?? 0);
    else for (const [term, w] of cEntries) dot += w * (vector[term] ?? 0);
    return dot / (vNorm * cNorm);
  }

  /** Positions sharing a term with the vector, in order (all of them when the threshold admits 0). */
  private candidates(vector: TermVector): number[] {
    if (this.options.threshold <= 0) return this.states.map((_, position) => position);
    const found = new Set<number>();
    for (const term of Object.keys(vector))
      for (const position of this.postings.get(term) ?? []) found.add(position);
    return [...found].sort((a, b) => a - b);
  }

  private post(position: number, centroid: TermVector) {
    for (const term of Object.keys(centroid)) {
      const list = this.postings.get(term);
      if (list) list.add(position);
      else this.postings.set(term, new Set([position]));
    }
  }
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
