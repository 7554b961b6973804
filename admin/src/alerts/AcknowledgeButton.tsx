import DoneIcon from '@mui/icons-material/Done';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { canAccess } from '../providers/access';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';

/** Acknowledge one alert (recorded with who and when by the API). */
export const AcknowledgeButton = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const role = useActor()?.role;
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [busy, setBusy] = useState(false);
  if (!record || record.acknowledgedAt || !canAccess(role, 'alerts', 'acknowledge')) return null;
  return (
    <Button
      size="small"
      startIcon={<DoneIcon />}
      disabled={busy}
      data-testid="acknowledge"
      onClick={async (e) => {
        e.stopPropagation();
        setBusy(true);
        try {
          await dataProvider.postJson(`alerts/${record.id}/acknowledge`);
          notify('desk.alerts.acknowledged', { type: 'success' });
          refresh();
        } catch (error) {
          notify(error instanceof Error ? error.message : String(error), { type: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      {translate('desk.alerts.acknowledge')}
    </Button>
  );
};
