import type { InquiryType } from '@desk/core';
import { type Db, schema } from '@desk/core/store';
import { eq } from 'drizzle-orm';

/**
 * A stored portal inquiry as the ingest pipeline leaves it (masked text in `messages`, originals and
 * contact in `message_pii`), for tests of what the case workflow does with it.
 */
export async function storeInquiry(
  db: Db,
  input: {
    title: string;
    body: string;
    type: InquiryType;
    receivedAt?: Date;
    contact?: { name?: string; phone?: string };
  },
): Promise<number> {
  let [source] = await db.select().from(schema.sources).where(eq(schema.sources.name, 'test-portal'));
  if (!source)
    [source] = await db.insert(schema.sources).values({ name: 'test-portal', type: 'portal' }).returning();
  const [message] = await db
    .insert(schema.messages)
    .values({
      sourceId: source!.id,
      dedupeKey: `id:${Math.random().toString(36).slice(2)}`,
      kind: 'inquiry',
      channel: 'web',
      inquiryType: input.type,
      title: input.title,
      body: input.body.replace(/1\d{10}/g, (m) => `${m.slice(0, 3)}****${m.slice(-4)}`),
      contactMasked: input.contact?.name ? { name: `${input.contact.name[0]}*` } : null,
      receivedAt: input.receivedAt ?? new Date(),
    })
    .returning();
  await db.insert(schema.messagePii).values({
    messageId: message!.id,
    title: input.title,
    body: input.body,
    contactName: input.contact?.name ?? null,
    contactPhone: input.contact?.phone ?? null,
  });
  return message!.id;
}

/** Poll until `check` returns a value (workers run asynchronously); fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
