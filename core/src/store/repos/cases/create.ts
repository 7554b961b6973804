import { eq } from 'drizzle-orm';
import { type AuditActor, processActor } from '../../../domain/audit';
import type { CaseCreate, Channel, Contact } from '../../../domain/case';
import type { InquiryChannel } from '../../../domain/message';
import type { RoutingProposal } from '../../../domain/routing-rule';
import { choosePolicy, startClock } from '../../../rules/deadline-policies';
import { maskContact, maskText } from '../../../text/pii';
import type { Db } from '../../db';
import { caseContacts, caseHistory, cases, messagePii, messages } from '../../schema';
import { audited } from '../audit-log/append';
import { loadCalendar } from '../calendar/calendar';
import { listPolicies } from '../deadline-policies';
import { markForReindex } from '../messages/outbox';
import type { ProposeOptions } from '../routing-rules';
import { clockColumns } from './clock';
import { proposalForCase } from './proposal';

export interface CreateCaseOptions {
  now?: Date;
  /** Text that is already masked (a stored message) is not masked again. */
  masked?: boolean;
  proposal?: RoutingProposal | null;
}

/**
 * Create a case with its deadline clock from the matching policy (none → no deadline). Returns the row,
 * or undefined when a case for the same message already exists (creation from a message is idempotent).
 */
export async function createCase(
  db: Db,
  actor: AuditActor,
  input: CaseCreate,
  options: CreateCaseOptions = {},
) {
  const now = options.now ?? new Date();
  const receivedAt = input.receivedAt ?? now;
  const policy = choosePolicy(await listPolicies(db), input);
  const clock = policy
    ? startClock(policy, receivedAt, input.type === 'opinion' ? 'detected' : 'received')
    : null;
  const calendar = await loadCalendar(db);
  return audited(db, actor, async (t, audit) => {
    const [row] = await t
      .insert(cases)
      .values({
        type: input.type,
        severity: input.severity,
        title: options.masked ? input.title : maskText(input.title),
        body: options.masked ? input.body : maskText(input.body),
        channel: input.channel,
        jurisdiction: input.jurisdiction,
        messageId: input.messageId,
        eventId: input.eventId,
        contactMasked: input.contact ? maskContact(input.contact) : null,
        receivedAt,
        applicantType: input.applicantType,
        clock,
        ...(clock ? clockColumns(clock, 'new', 'none', calendar, now) : {}),
        proposal: (options.proposal ?? null) as Record<string, unknown> | null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) return undefined;
    if (input.contact) await t.insert(caseContacts).values({ caseId: row.id, ...input.contact });
    await t.insert(caseHistory).values({
      caseId: row.id,
      at: now,
      actorId: actor.userId,
      actorName: actor.username,
      action: 'create',
      toStatus: 'new',
      payload: { type: input.type, messageId: input.messageId, eventId: input.eventId },
    });
    if (input.messageId) {
      await t
        .update(messages)
        .set({ caseId: row.id, status: 'case', updatedAt: now })
        .where(eq(messages.id, input.messageId));
      await markForReindex(t, [input.messageId]);
    }
    const after = { type: row.type, title: row.title, messageId: row.messageId };
    await audit({
      action: 'create',
      entity: 'cases',
      entityId: row.id,
      departmentId: row.leadDepartmentId,
      after,
    });
    return row;
  });
}

/** The case channel of a portal inquiry's channel (a new inquiry channel does not compile without one). */
const channelOfMessage: Record<InquiryChannel, Channel> = {
  web: 'web',
  letter: 'letter',
  phone: 'phone',
  wechat: 'wechat',
};

/**
 * A portal inquiry becomes a case at once (the `cases` queue job `{kind:'from-inquiry', messageId}`).
 * Idempotent: a second delivery of the same job finds the case and creates nothing.
 */
export async function createCaseFromInquiry(
  db: Db,
  messageId: number,
  routing: ProposeOptions = {},
  actor = processActor('system'),
) {
  const [message] = await db.select().from(messages).where(eq(messages.id, messageId));
  if (!message) return { created: false as const, reason: 'message-not-found' };
  const [existing] = await db.select({ id: cases.id }).from(cases).where(eq(cases.messageId, messageId));
  if (existing) return { created: false as const, reason: 'exists', caseId: existing.id };
  const [pii] = await db.select().from(messagePii).where(eq(messagePii.messageId, messageId));
  const type = message.inquiryType ?? 'consultation';
  const contact: Contact = {
    ...(pii?.contactName ? { name: pii.contactName } : {}),
    ...(pii?.contactPhone ? { phone: pii.contactPhone } : {}),
    ...(pii?.contactEmail ? { email: pii.contactEmail } : {}),
  };
  const row = await createCase(
    db,
    actor,
    {
      type,
      severity: null,
      title: message.title,
      body: message.body,
      channel: channelOfMessage[message.channel as InquiryChannel] ?? 'web',
      contact: Object.keys(contact).length ? contact : null,
      receivedAt: message.receivedAt,
      jurisdiction: 'default',
      applicantType: type === 'disclosure' ? 'natural-person' : null,
      messageId,
      eventId: message.eventId,
    },
    {
      masked: true,
      proposal: await proposalForCase(db, { title: message.title, body: message.body, messageId }, routing),
    },
  );
  return row ? { created: true as const, caseId: row.id } : { created: false as const, reason: 'exists' };
}
