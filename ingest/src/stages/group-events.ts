import {
  aliasCandidates,
  defaultGroupingOptions,
  EventMatcher,
  localIdfFrom,
  type MessageKeywords,
  messageKeywords,
  nameKeys,
  termsOf,
  titleFit,
  topTerms,
  vectorOf,
} from '@desk/core/classify';
import {
  candidateEvents,
  type Db,
  insertEvent,
  type MessageRow,
  namedCandidateEvents,
  schema,
} from '@desk/core/store';
import type { Redis } from '@desk/queue';
import { inArray, sql } from 'drizzle-orm';

export interface GroupingDeps {
  db: Db;
  redis: Redis;
  prefix: string;
}

const TITLE_LENGTH = 60;
const at = (m: MessageRow) => m.publishedAt ?? m.receivedAt;

/**
 * Count each message's terms into the desk's document frequencies (Redis); return the local IDF and
 * which of the shorter names its names could be written as the desk has seen (`nameAlias`).
 */
async function updateFrequencies(deps: GroupingDeps, keywords: MessageKeywords[]) {
  const dfKey = `${deps.prefix}:topics:df`;
  const totalKey = `${deps.prefix}:topics:docs`;
  const terms = keywords.map(termsOf);
  const pipeline = deps.redis.pipeline();
  for (const list of terms) for (const t of list) pipeline.hincrby(dfKey, t, 1);
  pipeline.incrby(totalKey, keywords.length);
  await pipeline.exec();
  const names = keywords.flatMap((k) =>
    [...k.title, ...k.body].filter((t) => t.kind === 'place' || t.kind === 'entity').map((t) => t.word),
  );
  const all = [...new Set([...terms.flat(), ...names.flatMap(aliasCandidates)])];
  const counts = all.length ? await deps.redis.hmget(dfKey, ...all) : [];
  const df = new Map(all.map((t, i) => [t, Number(counts[i] ?? 0)]));
  const total = Number((await deps.redis.get(totalKey)) ?? keywords.length);
  return { idf: localIdfFrom((t) => df.get(t) ?? 0, total), known: (t: string) => (df.get(t) ?? 0) > 0 };
}

/**
 * Put each new message into the open event it resembles most, or open a new event (grouping rule of
 * core/src/classify/events). Near duplicates follow their original. Returns message id → event id.
 */
export async function groupIntoEvents(deps: GroupingDeps, rows: MessageRow[]): Promise<Map<number, number>> {
  const assigned = new Map<number, number>();
  const originals = rows
    .filter((m) => m.duplicateOfId === null)
    .sort((a, b) => at(a).getTime() - at(b).getTime());
  if (originals.length) {
    const keywords = originals.map((m) => messageKeywords(m.title, m.body));
    const { idf, known } = await updateFrequencies(deps, keywords);
    const first = Math.min(...originals.map((m) => at(m).getTime()));
    const oldest = new Date(first - defaultGroupingOptions.windowDays * 86_400_000);
    const vectors = keywords.map((k) => vectorOf(k, idf, known));
    const named = [...new Set(vectors.flatMap(nameKeys))];
    const recent = await candidateEvents(deps.db, oldest);
    const older = await namedCandidateEvents(
      deps.db,
      new Date(first - defaultGroupingOptions.namedWindowDays * 86_400_000),
      oldest,
      named,
    );
    const open = [...recent, ...older];
    const matcher = new EventMatcher(
      open.map((e) => ({
        key: e.id,
        centroid: e.centroid,
        count: e.messageCount,
        lastSeenAt: e.lastSeenAt,
      })),
    );
    const titles = new Map(open.map((e, position) => [position, e.title]));
    const joined = new Set<number>();
    const closed = new Set(open.flatMap((e, position) => (e.status === 'closed' ? [position] : [])));
    const reopened = new Set<number>();
    for (const [i, m] of originals.entries()) {
      const vector = vectors[i]!;
      const hit = matcher.best(vector, at(m));
      if (hit) {
        const state = matcher.join(hit.position, vector, at(m));
        assigned.set(m.id, hit.event.key as number);
        joined.add(hit.position);
        if (closed.has(hit.position)) reopened.add(hit.position);
        titles.set(hit.position, betterTitle(titles.get(hit.position) ?? '', m.title, state.centroid));
      } else {
        const created = await insertEvent(deps.db, {
          title: m.title.slice(0, TITLE_LENGTH) || topTerms(vector, 3).join(' '),
          keywords: topTerms(vector, 8),
          centroid: vector,
          topic: m.topic,
          firstSeenAt: at(m),
          lastSeenAt: at(m),
        });
        const position = matcher.add({ key: created.id, centroid: vector, count: 0, lastSeenAt: at(m) });
        joined.add(position);
        titles.set(position, created.title);
        assigned.set(m.id, created.id);
      }
    }
    for (const position of joined) {
      const s = matcher.states[position]!;
      await deps.db
        .update(schema.events)
        .set({
          title: titles.get(position),
          centroid: s.centroid,
          keywords: topTerms(s.centroid, 8),
          lastSeenAt: s.lastSeenAt,
          // A named matter that came back after its event was closed for quiet reopens it.
          ...(reopened.has(position) ? { status: 'open' as const } : {}),
          updatedAt: new Date(),
        })
        .where(sql`${schema.events.id} = ${s.key as number}`);
    }
  }
  await followOriginals(deps.db, rows, assigned);
  return assigned;
}

/** An event is titled by its most representative message: a new one takes over if it fits better. */
function betterTitle(current: string, candidate: string, centroid: Record<string, number>): string {
  const title = candidate.slice(0, TITLE_LENGTH);
  if (!title) return current;
  return !current || titleFit(title, centroid) > titleFit(current, centroid) ? title : current;
}

/** A near duplicate joins the event of the message it repeats. */
async function followOriginals(db: Db, rows: MessageRow[], assigned: Map<number, number>) {
  const copies = rows.filter((m) => m.duplicateOfId !== null);
  if (!copies.length) return;
  const ids = [...new Set(copies.map((m) => m.duplicateOfId!))];
  const found = await db
    .select({ id: schema.messages.id, eventId: schema.messages.eventId })
    .from(schema.messages)
    .where(inArray(schema.messages.id, ids));
  const eventOf = new Map(found.map((r) => [r.id, r.eventId ?? assigned.get(r.id)]));
  for (const m of copies) {
    const eventId = eventOf.get(m.duplicateOfId!) ?? assigned.get(m.duplicateOfId!);
    if (eventId) assigned.set(m.id, eventId);
  }
}
