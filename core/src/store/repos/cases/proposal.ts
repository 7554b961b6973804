import { eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { messages } from '../../schema';
import { proposeDepartment } from '../routing-rules';

/**
 * The routing proposal shown with a new case (lead department and why), from the topics engine's
 * rules and past assignments. No proposal rather than a guess when nothing matches.
 */
export async function proposalForCase(
  db: Db,
  input: { title: string; body: string; messageId: number | null },
): Promise<Record<string, unknown> | null> {
  const [message] = input.messageId
    ? await db
        .select({ topic: messages.topic, keywords: messages.keywords, region: messages.region })
        .from(messages)
        .where(eq(messages.id, input.messageId))
    : [];
  const proposal = await proposeDepartment(db, {
    topic: message?.topic ?? null,
    keywords: message?.keywords ?? [],
    region: message?.region ?? null,
    text: `${input.title}\n${input.body}`,
  });
  return proposal ? { ...proposal } : null;
}
