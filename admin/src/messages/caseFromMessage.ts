import { type CaseType, inquiryChannels, inquiryTypeOf } from '@desk/core';
import type { RaRecord } from 'react-admin';

/**
 * The case a message becomes: a portal inquiry keeps its request type (the same codes); a web message
 * becomes an opinion case of ordinary severity until the duty officer judges otherwise.
 */
export function caseFromMessage(message: RaRecord): Record<string, unknown> {
  const type: CaseType = (message.inquiryType && inquiryTypeOf(String(message.inquiryType))) || 'opinion';
  const channel =
    message.kind === 'inquiry'
      ? (inquiryChannels as readonly string[]).includes(message.channel)
        ? message.channel
        : 'web'
      : 'monitoring';
  return {
    type,
    severity: type === 'opinion' ? 'general' : null,
    title: String(message.title ?? '').slice(0, 200),
    body: String(message.body ?? '').slice(0, 20_000),
    channel,
    receivedAt: message.receivedAt,
    messageId: message.id,
    eventId: message.eventId ?? null,
  };
}

/** The create page prefilled from the message (react-admin reads `?source=`). */
export const createCasePath = (message: RaRecord) =>
  `/cases/create?source=${encodeURIComponent(JSON.stringify(caseFromMessage(message)))}`;
