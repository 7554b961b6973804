import MergeIcon from '@mui/icons-material/CallMerge';
import { Button } from '@mui/material';
import {
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { canAccess } from '../providers/access';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';

/** Merge the selected events into the hottest of them: the officer regroups what the machine split. */
export const MergeEventsButton = () => {
  const { selectedIds, data = [] } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselect = useUnselectAll('events');
  const role = useActor()?.role;
  const dataProvider = useDataProvider<DeskDataProvider>();
  if (!canAccess(role, 'events', 'edit') || selectedIds.length < 2) return null;
  const run = async () => {
    const chosen = data.filter((e) => selectedIds.includes(e.id)).sort((a, b) => b.hotness - a.hotness);
    const [target, ...rest] = chosen;
    if (!target) return;
    try {
      await dataProvider.postJson(`events/${target.id}/merge`, { eventIds: rest.map((e) => e.id) });
      notify('desk.events.merged', { type: 'success', messageArgs: { title: target.title } });
      unselect();
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  return (
    <Button size="small" startIcon={<MergeIcon />} onClick={run}>
      {translate('desk.events.merge')}
    </Button>
  );
};
