import { WorkflowSettingsSchema } from '@desk/core';
import { Alert, Card, CardContent, CardHeader, LinearProgress, Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  Form,
  SaveButton,
  Title,
  Toolbar,
  useDataProvider,
  useNotify,
  useTranslate,
} from 'react-admin';
import { useApi } from '../common/useApi';
import { zodValidate } from '../common/zodValidate';
import { canAccess } from '../providers/access';
import type { WorkflowSettingsResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';

/**
 * The desk-wide workflow options (`GET/PUT /api/workflow-settings`), one record with no id: a form of
 * its own instead of a react-admin resource. Only the administrator may change them; the API audits it.
 */
const WorkflowSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const mayEdit = canAccess(useActor()?.role, 'workflow-settings', 'edit');
  const settings = useApi<WorkflowSettingsResponse>('workflow-settings');
  const save = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.postJson('workflow-settings', WorkflowSettingsSchema.parse(values), 'PUT');
      notify('desk.workflow.saved', { type: 'success' });
      await settings.reload();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }} data-testid="workflow-settings">
      <Title title={translate('desk.menu.workflow_settings')} />
      <CardHeader title={translate('desk.menu.workflow_settings')} />
      <CardContent>
        {settings.loading ? <LinearProgress /> : null}
        {settings.error ? <Alert severity="error">{settings.error.message}</Alert> : null}
        {settings.data ? (
          <Form
            // A fresh form after each save, so the saved values are the new baseline of "changed".
            key={JSON.stringify(settings.data)}
            record={settings.data}
            resource="workflow-settings"
            validate={zodValidate(WorkflowSettingsSchema)}
            onSubmit={save}
          >
            <Stack spacing={1}>
              <BooleanInput
                source="leaderApproves"
                label="resources.workflow-settings.fields.leaderApproves"
                helperText="desk.workflow.leader_approves_hint"
                disabled={!mayEdit}
              />
              <Typography variant="body2" color="text.secondary">
                {translate('desk.workflow.audited')}
              </Typography>
            </Stack>
            {mayEdit ? (
              <Toolbar sx={{ mt: 2 }}>
                <SaveButton data-testid="workflow-save" />
              </Toolbar>
            ) : null}
          </Form>
        ) : null}
      </CardContent>
    </Card>
  );
};

export default WorkflowSettingsPage;
