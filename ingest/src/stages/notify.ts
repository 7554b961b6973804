import { type AlertChannelKind, type AlertLevel, alertLevelLabels, alertLevelRank } from '@desk/core';
import {
  type AlertChannelRow,
  type Db,
  listAlertChannels,
  onDutyAt,
  recordDelivery,
  schema,
} from '@desk/core/store';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';

export interface NotifyDeps {
  db: Db;
  /** smtp://user:pass@host:port of the mail relay; without it e-mail channels are skipped. */
  smtpUrl?: string;
  mailFrom?: string;
  fetch?: typeof fetch;
  now?: () => Date;
}

/** Minutes since midnight, Beijing time (the quiet hours are written in local time). */
function beijingMinutes(at: Date): number {
  const minutes = at.getUTCHours() * 60 + at.getUTCMinutes() + 8 * 60;
  return minutes % (24 * 60);
}

/** Is `at` inside "HH:MM-HH:MM" (which may run past midnight)? */
export function inQuietHours(quietHours: string | null, at: Date): boolean {
  if (!quietHours) return false;
  const [from, to] = quietHours.split('-').map((t) => {
    const [h, m] = t.split(':').map(Number);
    return h! * 60 + m!;
  });
  const now = beijingMinutes(at);
  return from! <= to! ? now >= from! && now < to! : now >= from! || now < to!;
}

function robotBody(kind: Exclude<AlertChannelKind, 'email'>, title: string, text: string) {
  return kind === 'wecom'
    ? { msgtype: 'markdown', markdown: { content: `**${title}**\n${text}` } }
    : { msgtype: 'markdown', markdown: { title, text: `### ${title}\n${text}` } };
}

/** Why a channel does not receive this alert, or null when it does. */
function skipReason(channel: AlertChannelRow, level: AlertLevel, at: Date): string | null {
  if (alertLevelRank(level) > alertLevelRank(channel.minLevel)) return `below ${channel.minLevel}`;
  if (level !== 'red' && inQuietHours(channel.quietHours, at)) return 'quiet hours';
  return null;
}

/**
 * Deliver one alert to every active channel: WeCom / DingTalk robots and e-mail (an e-mail channel
 * without an address goes to the officer on duty in the rota). Each attempt is recorded; a failure of
 * one channel does not stop the others.
 */
export async function deliverAlert(deps: NotifyDeps, alertId: number) {
  const [alert] = await deps.db.select().from(schema.alerts).where(eq(schema.alerts.id, alertId));
  if (!alert) return [];
  const at = deps.now?.() ?? new Date();
  const title = `【${alertLevelLabels[alert.level]?.zh ?? alert.level}预警】${alert.title}`;
  const reason = (alert.detail as { reason?: { zh?: string } }).reason?.zh ?? '';
  const results = [];
  for (const channel of (await listAlertChannels(deps.db)).filter((c) => c.active)) {
    const skip = skipReason(channel, alert.level, at);
    let recipient = channel.target;
    let status: 'sent' | 'failed' | 'skipped' = 'skipped';
    let detail = skip;
    if (!skip) {
      try {
        if (channel.kind === 'email') {
          recipient ||= (await onDutyAt(deps.db, at))?.email ?? null;
          if (!recipient) detail = 'no recipient on duty';
          else if (!deps.smtpUrl) detail = 'SMTP not configured';
          else {
            await nodemailer
              .createTransport(deps.smtpUrl)
              .sendMail({ from: deps.mailFrom, to: recipient, subject: title, text: reason });
            status = 'sent';
          }
        } else if (recipient) {
          const res = await (deps.fetch ?? fetch)(recipient, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(robotBody(channel.kind, title, reason)),
            signal: AbortSignal.timeout(10_000),
          });
          status = res.ok ? 'sent' : 'failed';
          detail = res.ok ? null : `HTTP ${res.status}`;
        }
      } catch (error) {
        status = 'failed';
        detail = error instanceof Error ? error.message : String(error);
      }
    }
    await recordDelivery(deps.db, { alertId, channelId: channel.id, recipient, status, detail });
    results.push({ channelId: channel.id, status, detail });
  }
  return results;
}
