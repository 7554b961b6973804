import MergeIcon from '@mui/icons-material/CallMerge';
import {
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  Stack,
  TextField,
} from '@mui/material';
import { useEffect, useState } from 'react';
import {
  type Identifier,
  type RaRecord,
  useDataProvider,
  useGetList,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { canAccess } from '../providers/access';
import type { EventCreateResponse, EventMergeResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';

/** Wait this long after the last keystroke before asking the events list (one request per pause). */
const SEARCH_DELAY_MS = 250;
const OPTIONS = 20;

/** The typed search text, settled after the officer stops typing. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** Open events whose title (or a keyword) matches, hottest first. */
const EventPicker = ({
  value,
  onChange,
}: {
  value: RaRecord | null;
  onChange: (e: RaRecord | null) => void;
}) => {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const q = useSettled(input.trim());
  const { data = [], isFetching } = useGetList('events', {
    pagination: { page: 1, perPage: OPTIONS },
    sort: { field: 'hotness', order: 'DESC' },
    filter: q ? { q } : {},
  });
  return (
    <Autocomplete
      options={data}
      value={value}
      onChange={(_, picked) => onChange(picked)}
      onInputChange={(_, text) => setInput(text)}
      filterOptions={(options) => options}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      getOptionLabel={(e) => `${e.title}（${e.messageCount}）`}
      loading={isFetching}
      noOptionsText={translate('ra.navigation.no_results')}
      renderInput={(params) => (
        <TextField {...params} label={translate('desk.events.pick')} data-testid="event-picker" />
      )}
    />
  );
};

/**
 * Merge messages into an existing event, or open a new event from them: the officer groups what the
 * machine left apart. The API moves them out of their previous events and recounts both sides.
 */
export const MergeIntoEvent = ({ ids, onDone }: { ids: Identifier[]; onDone?: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const role = useActor()?.role;
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<RaRecord | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const mayAttach = canAccess(role, 'events', 'edit');
  const mayCreate = canAccess(role, 'events', 'create');
  if (!mayAttach && !mayCreate) return null;
  const messageIds = ids.map(Number);
  const run = async (path: string, body: object, done: string) => {
    setBusy(true);
    try {
      const event = await dataProvider.postJson<EventCreateResponse | EventMergeResponse>(path, body);
      notify(done, { type: 'success', messageArgs: { title: event.title, smart_count: ids.length } });
      setOpen(false);
      setTarget(null);
      setTitle('');
      refresh();
      onDone?.();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const attach = () =>
    target && run(`events/${target.id}/messages`, { messageIds }, 'desk.events.messages_merged');
  const create = () =>
    run('events', { messageIds, ...(title.trim() ? { title: title.trim() } : {}) }, 'desk.events.created');
  return (
    <>
      <Button
        size="small"
        startIcon={<MergeIcon />}
        onClick={() => setOpen(true)}
        data-testid="merge-into-event"
      >
        {translate('desk.events.merge_messages')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>
          {translate('desk.events.merge_messages_title', { smart_count: ids.length })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {mayAttach && open ? <EventPicker value={target} onChange={setTarget} /> : null}
            {mayAttach && mayCreate ? <Divider>{translate('desk.events.or_new')}</Divider> : null}
            {mayCreate ? (
              <TextField
                label={translate('desk.events.new_title')}
                helperText={translate('desk.events.new_title_hint')}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'new-event-title' } }}
              />
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          {mayCreate ? (
            <Button onClick={create} disabled={busy} data-testid="new-event">
              {translate('desk.events.new_event')}
            </Button>
          ) : null}
          {mayAttach ? (
            <Button
              variant="contained"
              onClick={attach}
              disabled={busy || !target}
              data-testid="merge-confirm"
            >
              {translate('desk.events.merge_confirm')}
            </Button>
          ) : null}
        </DialogActions>
      </Dialog>
    </>
  );
};
