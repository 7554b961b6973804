import { sourceHealth } from '@desk/core';
import { type AlertInput, claimDueSources, type Db, listSources } from '@desk/core/store';

/**
 * The scheduler tick: every due source gets a pull job (its next pull is pushed forward in the same
 * statement, so replicas never pull twice), and quiet sources raise one alert each.
 */
export async function scheduleDuePulls(
  db: Db,
  enqueuePull: (sourceId: number, dueAt: Date) => Promise<void>,
) {
  const now = new Date();
  const due = await claimDueSources(db, now);
  for (const source of due) await enqueuePull(source.id, now);
  return due.length;
}

/** One alert per quiet source; `raiseAlert` stores and announces it (or returns nothing for a repeat). */
export async function alertQuietSources(
  db: Db,
  raiseAlert: (input: AlertInput) => Promise<unknown>,
  now = new Date(),
): Promise<number> {
  let raised = 0;
  for (const source of await listSources(db)) {
    if (sourceHealth(source, now) !== 'quiet') continue;
    const alert = await raiseAlert({
      kind: 'source-health',
      level: 'yellow',
      title: `信息来源「${source.name}」长时间没有新内容`,
      dedupeKey: `source-quiet:${source.id}`,
      sourceId: source.id,
      detail: {
        reason: 'quiet',
        lastNewItemAt: source.lastNewItemAt?.toISOString() ?? null,
        en: `Source "${source.name}" brought nothing new for a long time`,
      },
    });
    if (alert) raised++;
  }
  return raised;
}
