import { Button } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { canAccess } from '../providers/access';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';

/** The incoming officer confirms they took the shift over (`POST /api/handovers/:id/acknowledge`). */
export const AcknowledgeHandover = (_: { label?: string }) => {
  const record = useRecordContext();
  const actor = useActor();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<DeskDataProvider>();
  if (!record || record.acknowledgedAt || !canAccess(actor?.role, 'handovers', 'edit')) return null;
  if (record.toUserId && record.toUserId !== actor?.id && actor?.role !== 'admin') return null;
  return (
    <Button
      size="small"
      onClick={async (e) => {
        e.stopPropagation();
        try {
          await dataProvider.postJson(`handovers/${record.id}/acknowledge`);
          refresh();
        } catch (error) {
          notify(error instanceof Error ? error.message : String(error), { type: 'error' });
        }
      }}
    >
      {translate('desk.handovers.acknowledge')}
    </Button>
  );
};
