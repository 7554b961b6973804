import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
  BulkUpdateButton,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { ConfirmCategory } from './ConfirmCategory';
import { caseFromMessage } from './caseFromMessage';
import { MergeIntoEvent } from './MergeIntoEvent';

/** Make one case per selected message (skipping those that already are one). */
const BulkCreateCases = () => {
  const { selectedIds, data = [] } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselect = useUnselectAll('messages');
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    let created = 0;
    try {
      for (const message of data.filter((m) => selectedIds.includes(m.id) && !m.caseId)) {
        await dataProvider.create('cases', { data: caseFromMessage(message) });
        created++;
      }
      notify('desk.messages.cases_created', { type: 'success', messageArgs: { smart_count: created } });
      unselect();
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" startIcon={<NoteAddIcon />} onClick={run} disabled={busy}>
      {translate('desk.cases.create_from_message')}
    </Button>
  );
};

const BulkConfirmCategory = () => {
  const { selectedIds } = useListContext();
  const unselect = useUnselectAll('messages');
  return <ConfirmCategory ids={selectedIds} onDone={unselect} />;
};

const BulkMergeIntoEvent = () => {
  const { selectedIds } = useListContext();
  const unselect = useUnselectAll('messages');
  return <MergeIntoEvent ids={selectedIds} onDone={unselect} />;
};

/** Triage in bulk; each button appears only if the API would allow it. */
export const MessageBulkActions = () => {
  const role = useActor()?.role;
  const translate = useTranslate();
  const mayEdit = canAccess(role, 'messages', 'edit');
  return (
    <>
      {mayEdit ? (
        <BulkUpdateButton
          data={{ status: 'noise' }}
          label={translate('desk.messages.mark_noise')}
          mutationMode="pessimistic"
        />
      ) : null}
      {mayEdit ? (
        <BulkUpdateButton
          data={{ status: 'triaged' }}
          label={translate('desk.messages.mark_triaged')}
          mutationMode="pessimistic"
        />
      ) : null}
      <BulkConfirmCategory />
      <BulkMergeIntoEvent />
      {canAccess(role, 'cases', 'create') ? <BulkCreateCases /> : null}
    </>
  );
};
