import { and, count, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { RoutingInput, RoutingProposal } from '../../../domain/routing-rule';
import type { Db } from '../../db';
import { cases, events, messages } from '../../schema';

type Proposal = Omit<RoutingProposal, 'basis'>;

/** The departments already leading cases of the event (filed from it or from its messages). */
async function leadsOfEvent(db: Db, eventId: number) {
  const members = db.select({ id: messages.id }).from(messages).where(eq(messages.eventId, eventId));
  return db
    .select({ departmentId: cases.leadDepartmentId, n: count() })
    .from(cases)
    .where(
      and(
        or(eq(cases.eventId, eventId), inArray(cases.messageId, members)),
        isNotNull(cases.leadDepartmentId),
      ),
    )
    .groupBy(cases.leadDepartmentId)
    .orderBy(desc(count()))
    .limit(1);
}

/** The topic and region most of the event's messages have. */
async function mostCommon(db: Db, eventId: number) {
  const [row] = await db
    .select({ topic: messages.topic, region: messages.region, n: count() })
    .from(messages)
    .where(and(eq(messages.eventId, eventId), isNotNull(messages.topic)))
    .groupBy(messages.topic, messages.region)
    .orderBy(desc(count()))
    .limit(1);
  return row;
}

/**
 * The last step: the event's messages. A department already leading cases of the same event leads this
 * one too; else the topic and region most of its messages have go through the rules and the usual lead.
 */
export async function leadOfEvent(
  db: Db,
  eventId: number,
  byTopic: (input: RoutingInput) => Promise<Proposal | null>,
  isActive: (departmentId: number) => boolean,
): Promise<Proposal | null> {
  const [event] = await db.select({ title: events.title }).from(events).where(eq(events.id, eventId));
  if (!event) return null;
  const [lead] = await leadsOfEvent(db, eventId);
  if (lead?.departmentId && isActive(lead.departmentId))
    return {
      departmentId: lead.departmentId,
      reason: {
        zh: `同一舆情事件“${event.title}”已有${lead.n}件工单由该部门主办`,
        en: `already leads ${lead.n} case(s) of the same event "${event.title}"`,
      },
    };
  const common = await mostCommon(db, eventId);
  if (!common?.topic) return null;
  const inner = await byTopic({ topic: common.topic, region: common.region });
  if (!inner) return null;
  return {
    departmentId: inner.departmentId,
    reason: {
      zh: `舆情事件“${event.title}”的留言多为“${common.topic}”类，${inner.reason.zh}`,
      en: `most messages of the event "${event.title}" are about "${common.topic}": ${inner.reason.en}`,
    },
  };
}
