import type { RaRecord } from 'react-admin';
import { formatDateTime } from '../common/DateTime';

/** How many of the event's messages the case body names (the case page links to all of them). */
const NAMED_MESSAGES = 5;

/**
 * The case body an event gives: what, how much, since when, where, and the messages that say it (the
 * event has no summary of its own, so the desk writes it from its figures and members). Chinese, like the
 * case the department receives.
 */
export function eventSummary(event: RaRecord, messages: RaRecord[]): string {
  const lines = [
    `舆情事件“${event.title}”：共 ${event.messageCount ?? messages.length} 条信息，` +
      `首见于 ${formatDateTime(event.firstSeenAt, 'zh')}，最近一条 ${formatDateTime(event.lastSeenAt, 'zh')}。`,
  ];
  if (event.regions?.length) lines.push(`涉及地区：${event.regions.join('、')}。`);
  if (event.keywords?.length) lines.push(`关键词：${event.keywords.slice(0, 8).join('、')}。`);
  const named = messages.slice(0, NAMED_MESSAGES).map((m, i) => `${i + 1}. ${m.title}`);
  if (named.length) lines.push('代表性信息：', ...named);
  return lines.join('\n').slice(0, 20_000);
}

/** The case an event becomes: an opinion case prefilled from the event, severity judged by the officer. */
export function caseFromEvent(event: RaRecord, messages: RaRecord[]): Record<string, unknown> {
  return {
    type: 'opinion',
    severity: 'general',
    channel: 'monitoring',
    title: String(event.title ?? '').slice(0, 200),
    body: eventSummary(event, messages),
    receivedAt: event.firstSeenAt,
    eventId: event.id,
  };
}

export const createCaseFromEventPath = (event: RaRecord, messages: RaRecord[]) =>
  `/cases/create?source=${encodeURIComponent(JSON.stringify(caseFromEvent(event, messages)))}`;
