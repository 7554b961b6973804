import { eq } from 'drizzle-orm';
import type { AuditActor, UserActor } from '../../../domain/audit';
import type { Message, MessageStatus } from '../../../domain/message';
import { AppError } from '../../../errors';
import { departmentScope } from '../../../rules/access';
import type { Db } from '../../db';
import { messagePii, messages } from '../../schema';
import { audited } from '../audit-log/append';
import { reserveMessageIds } from './batch';
import { markForReindex } from './outbox';
import { getMessage, toMessage } from './records';

async function visible(db: Db, actor: UserActor, id: number): Promise<Message> {
  const message = await getMessage(db, id, departmentScope(actor));
  if (!message) throw new AppError('NOT_FOUND');
  return message;
}

/** Change a message's triage status and queue it for reindexing, with its audit row, atomically. */
export function setMessageStatus(
  db: Db,
  actor: UserActor,
  id: number,
  status: MessageStatus,
): Promise<Message> {
  return audited(db, actor, async (tx, audit) => {
    const before = await visible(tx, actor, id);
    const [row] = await tx
      .update(messages)
      .set({ status, updatedAt: new Date() })
      .where(eq(messages.id, id))
      .returning();
    await markForReindex(tx, [id]);
    await audit({
      action: 'update',
      entity: 'messages',
      entityId: id,
      before: { status: before.status },
      after: { status },
    });
    return toMessage(row!);
  });
}

/** The originals of a masked message and its portal contact, for a role allowed to see them; the read is audited. */
export function unmaskMessage(db: Db, actor: UserActor, id: number) {
  return audited(db, actor, async (tx, audit) => {
    const message = await visible(tx, actor, id);
    const [pii] = await tx.select().from(messagePii).where(eq(messagePii.messageId, id));
    const contact = pii ? { name: pii.contactName, phone: pii.contactPhone, email: pii.contactEmail } : null;
    await audit({
      action: 'unmask',
      entity: 'messages',
      entityId: id,
      after: {
        piiKinds: message.piiKinds,
        contact: Boolean(contact?.name || contact?.phone || contact?.email),
      },
    });
    return {
      id,
      title: pii?.title ?? message.title,
      body: pii?.body ?? message.body,
      author: pii ? pii.author : message.author,
      contact,
    };
  });
}

/**
 * A pasted link becomes a message: its id is reserved and the audit row written in one transaction,
 * and `enqueue` (the API's queue) hands the page to the pipeline inside it, so a failed hand-over
 * leaves no audit row of a message that will never exist.
 */
export function recordLinkPaste(
  db: Db,
  actor: AuditActor,
  url: string,
  enqueue: (messageId: number) => Promise<void>,
): Promise<number> {
  return audited(db, actor, async (tx, audit) => {
    const [id] = await reserveMessageIds(tx, 1);
    await audit({ action: 'create', entity: 'messages', entityId: id, after: { url, via: 'link' } });
    await enqueue(id!);
    return id!;
  });
}
