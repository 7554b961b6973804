import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { messagePii, messages, searchOutbox } from '../schema';

export type MessageInsert = typeof messages.$inferInsert;
export type MessagePiiInsert = Omit<typeof messagePii.$inferInsert, 'messageId' | 'createdAt'>;

/** A message ready to store: masked columns, its originals (when it had personal data) and a link. */
export interface PreparedMessage {
  values: MessageInsert & { id: number };
  pii?: MessagePiiInsert;
}

export interface StoredBatch {
  /** Ids of the messages this call inserted (a retry of the same batch inserts none). */
  inserted: { id: number; sourceId: number; kind: string; duplicateOfId: number | null }[];
}

/** Reserve message ids in advance, so near duplicates in one batch can point at each other. */
export async function reserveMessageIds(db: Db, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await db.execute<{ id: number }>(
    sql`select nextval(pg_get_serial_sequence('messages', 'id'))::int as id from generate_series(1, ${count})`,
  );
  return (rows as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
}

/** Which of these dedupe keys a source already has, with the message id of each. */
export async function existingDedupeKeys(
  db: Db,
  sourceId: number,
  keys: string[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select({ key: messages.dedupeKey, id: messages.id })
    .from(messages)
    .where(and(eq(messages.sourceId, sourceId), inArray(messages.dedupeKey, keys)));
  return new Map(rows.map((r) => [r.key, r.id]));
}

export interface NearDuplicateCandidate {
  id: number;
  minhash: number[];
  bands: number[];
}

/** Original web messages since `since` that share an LSH band with any of `bands`. */
export async function nearDuplicateCandidates(
  db: Db,
  bands: number[],
  since: Date,
): Promise<NearDuplicateCandidate[]> {
  if (bands.length === 0) return [];
  const rows = await db
    .select({ id: messages.id, minhash: messages.minhash, bands: messages.fingerprintBands })
    .from(messages)
    .where(
      and(
        sql`${messages.fingerprintBands} && ${`{${bands.join(',')}}`}::integer[]`,
        gte(messages.receivedAt, since),
        isNull(messages.duplicateOfId),
        eq(messages.kind, 'web'),
      ),
    );
  return rows.map((r) => ({ id: r.id, minhash: r.minhash ?? [], bands: r.bands ?? [] }));
}

/**
 * Store a batch in one transaction: the messages (a key already stored is skipped), their originals,
 * the duplicate counts of the originals they repeat, and the outbox rows that index them.
 */
export async function storeMessageBatch(db: Db, batch: PreparedMessage[]): Promise<StoredBatch> {
  if (batch.length === 0) return { inserted: [] };
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(messages)
      .values(batch.map((m) => m.values))
      .onConflictDoNothing()
      .returning({
        id: messages.id,
        sourceId: messages.sourceId,
        kind: messages.kind,
        duplicateOfId: messages.duplicateOfId,
      });
    const ids = new Set(inserted.map((r) => r.id));
    const pii = batch.filter((m) => m.pii && ids.has(m.values.id));
    if (pii.length)
      await tx.insert(messagePii).values(pii.map((m) => ({ ...m.pii!, messageId: m.values.id })));
    const repeats = countRepeats(inserted);
    if (repeats.size) {
      const [originals, counts] = [[...repeats.keys()], [...repeats.values()]];
      await tx.execute(sql`
        update messages m set duplicate_count = m.duplicate_count + v.n, updated_at = now()
        from (select unnest(${`{${originals.join(',')}}`}::int[]) as id, unnest(${`{${counts.join(',')}}`}::int[]) as n) v
        where m.id = v.id`);
    }
    const outbox = [
      ...inserted
        .filter((r) => r.duplicateOfId === null)
        .map((r) => ({ messageId: r.id, reason: 'new' as const })),
      ...[...repeats.keys()].map((id) => ({ messageId: id, reason: 'update' as const })),
    ];
    if (outbox.length) await tx.insert(searchOutbox).values(outbox);
    return { inserted };
  });
}

function countRepeats(inserted: StoredBatch['inserted']): Map<number, number> {
  const repeats = new Map<number, number>();
  for (const r of inserted)
    if (r.duplicateOfId !== null) repeats.set(r.duplicateOfId, (repeats.get(r.duplicateOfId) ?? 0) + 1);
  return repeats;
}
