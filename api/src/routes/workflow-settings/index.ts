import { WorkflowSettingsSchema } from '@desk/core';
import { getWorkflowSettings, setWorkflowSettings } from '@desk/core/store';
import { Hono } from 'hono';
import type { AppEnv } from '../../context';
import { validate } from '../../http/validate';
import { requireAccess } from '../../middleware/access';
import { audit } from '../../middleware/audit';

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
      const before = await getWorkflowSettings(c.var.ctx.db);
      const after = await setWorkflowSettings(c.var.ctx.db, c.req.valid('json'));
      await audit(c, { action: 'update', entity: 'workflow-settings', before, after });
      return c.json(after);
    },
  );
