import { type Anchors, anchorRelation, mainAnchors } from './anchors';
import { addToCentroid, isAnchor, norm, type TermVector } from './vector';

/** An event's state as the grouping needs it (a row of `events` or an in-memory cluster). */
export interface EventState {
  key: string | number;
  centroid: TermVector;
  count: number;
  lastSeenAt: Date;
}

export interface GroupingOptions {
  /** Cosine similarity to an event's centroid needed to join it when both name the same place or organisation. */
  threshold: number;
  /**
   * The similarity needed when the message and the event share no place or organisation: words alone
   * must say more (地铁 or 公积金 in common is a subject, not one matter).
   */
  unanchoredThreshold: number;
  /** An event quiet for longer than this no longer takes messages (days)… */
  windowDays: number;
  /**
   * …except a message naming one of its places or organisations, for this long (days): a named matter
   * that comes back months later (a college's forced internships, year after year) is the same matter.
   */
  namedWindowDays: number;
  /**
   * Similarity is multiplied by this when the message names places (or organisations) and the event's
   * main ones are others: 沿江东路 is not 广场北路, a training school is not a ceramics factory.
   */
  anchorConflict: number;
}

export const defaultGroupingOptions: GroupingOptions = {
  threshold: 0.3,
  unanchoredThreshold: 0.4,
  windowDays: 90,
  namedWindowDays: 1095,
  anchorConflict: 0,
};

/**
 * The open events a stream of messages is grouped into, indexed by term: a message's dot product with
 * each event is accumulated term by term from the postings of its own terms, so only the events sharing
 * a term are touched, once per shared term (an event sharing none has cosine 0, below any threshold).
 * The sums run in the message's term order as `cosine` does, so the answer is, bit for bit, the one a
 * scan of all events in order would give; it just costs less with thousands open.
 */
export class EventMatcher {
  readonly states: EventState[] = [];
  private readonly norms: number[] = [];
  private readonly anchors: Anchors[] = [];
  /** term → the events whose centroid holds (or once held) it; a stale entry adds an exact 0. */
  private readonly postings = new Map<string, Set<number>>();
  /** Dot products of the message being matched, by position; reset after each match. */
  private dots = new Float64Array(64);

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
    this.anchors.push(mainAnchors(state.centroid));
    this.post(position, state.centroid);
    return position;
  }

  /** The most similar open event for a message vector at time `at`, or null below the threshold. */
  best(vector: TermVector, at: Date): { position: number; event: EventState; similarity: number } | null {
    const vNorm = norm(vector);
    const own = mainAnchors(vector);
    const touched = this.accumulate(vector);
    // A threshold that admits 0 makes events sharing no term candidates too: then every open event is.
    const candidates =
      Math.min(this.options.threshold, this.options.unanchoredThreshold) > 0 ? touched : this.states.keys();
    const { threshold, unanchoredThreshold, anchorConflict } = this.options;
    const oldest = at.getTime() - this.options.windowDays * 86_400_000;
    const oldestNamed = at.getTime() - this.options.namedWindowDays * 86_400_000;
    let best: { position: number; event: EventState; similarity: number } | null = null;
    for (const position of candidates) {
      const event = this.states[position]!;
      const cNorm = this.norms[position]!;
      const seen = event.lastSeenAt.getTime();
      if (seen < oldestNamed) continue;
      let similarity = vNorm && cNorm ? this.dots[position]! / (vNorm * cNorm) : 0;
      const relation = anchorRelation(own, this.anchors[position]!);
      if (relation === 'conflict') similarity *= anchorConflict;
      if (relation !== 'shared' && seen < oldest) continue;
      // The first in position order wins a tie, as in a scan.
      if (
        similarity >= (relation === 'shared' ? threshold : unanchoredThreshold) &&
        (!best ||
          similarity > best.similarity ||
          (similarity === best.similarity && position < best.position))
      )
        best = { position, event, similarity };
    }
    for (const position of touched) this.dots[position] = 0;
    return best;
  }

  /** A message joined the event at `position`. */
  join(position: number, vector: TermVector, at: Date): EventState {
    const joined = joinEvent(this.states[position]!, vector, at);
    this.states[position] = joined;
    this.norms[position] = norm(joined.centroid);
    this.anchors[position] = mainAnchors(joined.centroid);
    this.post(position, joined.centroid);
    return joined;
  }

  /** Adds each term's weight × the centroid's weight into `dots`; returns the positions touched. */
  private accumulate(vector: TermVector): number[] {
    if (this.dots.length < this.states.length)
      this.dots = new Float64Array(Math.max(this.states.length, this.dots.length * 2));
    const touched: number[] = [];
    const seen = new Set<number>();
    for (const term in vector) {
      if (isAnchor(term)) continue;
      const holders = this.postings.get(term);
      if (!holders) continue;
      const w = vector[term]!;
      for (const position of holders) {
        const c = this.states[position]!.centroid[term];
        if (c === undefined) continue;
        if (!seen.has(position)) {
          seen.add(position);
          touched.push(position);
        }
        this.dots[position]! += w * c;
      }
    }
    return touched;
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
