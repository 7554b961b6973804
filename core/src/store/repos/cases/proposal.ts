import { eq } from 'drizzle-orm';
import { matchKeywordRules } from '../../../classify/keyword-rules';
import type { RoutingInput, RoutingProposal } from '../../../domain/routing-rule';
import { extractTerms } from '../../../text/keywords';
import { tagRegion } from '../../../text/region';
import type { Db } from '../../db';
import { events, messages, schemeHits } from '../../schema';
import { categoryRules } from '../categories';
import { type ProposeOptions, proposeDepartment } from '../routing-rules';

export interface CaseSubject {
  title: string;
  body: string;
  messageId?: number | null;
  eventId?: number | null;
}

/** What a stored message says about routing: its topic, keywords, region, schemes and event. */
async function fromMessage(db: Db, messageId: number): Promise<RoutingInput | null> {
  const [m] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!m) return null;
  const hits = await db
    .select({ schemeId: schemeHits.schemeId })
    .from(schemeHits)
    .where(eq(schemeHits.messageId, messageId));
  return {
    topic: m.topic,
    keywords: m.keywords,
    region: m.region,
    schemeIds: hits.map((h) => h.schemeId),
    eventId: m.eventId,
    text: `${m.title}\n${m.body}`,
  };
}

/** What an event says: its topic, keywords and main region, and its title and keywords as text. */
async function fromEvent(db: Db, eventId: number): Promise<RoutingInput | null> {
  const [e] = await db.select().from(events).where(eq(events.id, eventId));
  if (!e) return null;
  return {
    topic: e.topic,
    keywords: e.keywords,
    region: e.regions[0] ?? null,
    eventId,
    text: `${e.title}\n${e.keywords.join(' ')}`,
  };
}

/** A case typed by the officer: the category's keyword rules, the gazetteer and the keywords read it. */
async function fromText(db: Db, subject: CaseSubject): Promise<RoutingInput> {
  const text = `${subject.title}\n${subject.body}`;
  const match = matchKeywordRules({ title: subject.title, body: subject.body }, await categoryRules(db));
  return {
    topic: match?.category ?? null,
    keywords: extractTerms(text).map((t) => t.word),
    region: tagRegion(text),
    text,
  };
}

/**
 * The routing proposal of a new case (lead department and why): from its message, else its event,
 * else its own text; the case's text is also what similar past cases are searched with.
 */
export async function proposalForCase(
  db: Db,
  subject: CaseSubject,
  options: ProposeOptions = {},
): Promise<RoutingProposal | null> {
  const input =
    (subject.messageId ? await fromMessage(db, subject.messageId) : null) ??
    (subject.eventId ? await fromEvent(db, subject.eventId) : null) ??
    (await fromText(db, subject));
  const text = `${subject.title}\n${subject.body}`.trim() ? `${subject.title}\n${subject.body}` : input.text;
  return proposeDepartment(
    db,
    { ...input, text, eventId: input.eventId ?? subject.eventId ?? null },
    options,
  );
}
