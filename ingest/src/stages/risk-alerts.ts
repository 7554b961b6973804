import type { RiskHit } from '@desk/core';
import { type AlertDeps, raiseAndAnnounce } from '@desk/queue';

interface RiskyMessage {
  id: number;
  title: string;
  riskHits: RiskHit[];
  duplicateOfId: number | null;
}

/**
 * One alert per message that fired a risk rule (研判), at the level of its most urgent rule, raised as
 * soon as the message is stored: live on the desk, then robots and e-mail to the officer on duty.
 * A repost of a message that already alerted stays quiet; a retry finds the alert open and adds none.
 */
export async function raiseRiskAlerts(deps: AlertDeps, rows: RiskyMessage[]): Promise<number> {
  let raised = 0;
  for (const m of rows) {
    const top = m.riskHits[0];
    if (!top || m.duplicateOfId !== null) continue;
    const alert = await raiseAndAnnounce(deps, {
      kind: 'risk',
      level: top.level,
      title: `研判预警·${top.name}：${m.title}`.slice(0, 200),
      detail: { messageId: m.id, hits: m.riskHits },
      dedupeKey: `risk:message:${m.id}`,
    });
    if (alert) raised++;
  }
  return raised;
}
