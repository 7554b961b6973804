import { type WorkflowSettings, WorkflowSettingsSchema } from '../../../domain/deadline-policy';
import type { Db } from '../../db';
import { getMeta, setMeta } from '../meta';

const KEY = 'workflow-settings';

export async function getWorkflowSettings(db: Db): Promise<WorkflowSettings> {
  return WorkflowSettingsSchema.parse((await getMeta(db, KEY)) ?? {});
}

export async function setWorkflowSettings(db: Db, settings: WorkflowSettings): Promise<WorkflowSettings> {
  await setMeta(db, KEY, settings);
  return settings;
}
