import type { AuditActor } from '../../../domain/audit';
import { type WorkflowSettings, WorkflowSettingsSchema } from '../../../domain/deadline-policy';
import type { Db } from '../../db';
import { audited } from '../audit-log/append';
import { getMeta, setMeta } from '../meta';

const KEY = 'workflow-settings';

export async function getWorkflowSettings(db: Db): Promise<WorkflowSettings> {
  return WorkflowSettingsSchema.parse((await getMeta(db, KEY)) ?? {});
}

export function setWorkflowSettings(
  db: Db,
  actor: AuditActor,
  settings: WorkflowSettings,
): Promise<WorkflowSettings> {
  return audited(db, actor, async (tx, audit) => {
    const before = await getWorkflowSettings(tx);
    await setMeta(tx, KEY, settings);
    await audit({ action: 'update', entity: 'workflow-settings', before, after: settings });
    return settings;
  });
}
