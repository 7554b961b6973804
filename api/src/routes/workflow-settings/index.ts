import { WorkflowSettingsSchema } from '@desk/core';
import { getWorkflowSettings, setWorkflowSettings } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { auditActor } from '../../middleware/audit';

/** `/api/workflow-settings`: desk-wide workflow options (e.g. leaders may approve drafts). */
export const workflowSettingsRoutes = new Hono<AppEnv>()
  .get('/', requireAccess('workflow-settings', 'show'), async (c) =>
    c.json(await getWorkflowSettings(c.var.ctx.db)),
  )
  .put(
    '/',
    requireAccess('workflow-settings', 'edit'),
    validate('json', WorkflowSettingsSchema),
    async (c) => {
      return c.json(await setWorkflowSettings(c.var.ctx.db, auditActor(c), c.req.valid('json')));
    },
  );
