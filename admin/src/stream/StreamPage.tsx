import { Alert, Box, Button, Card, Chip, List, Stack, Typography } from '@mui/material';
import { Title, useGetList, useTranslate } from 'react-admin';
import { PasteLink } from '../messages/PasteLink';
import { useStreamStatus } from '../providers/events';
import { MessageCard } from './MessageCard';
import { useArrivals } from './useArrivals';

/** How many recent messages the stream opens with. */
const INITIAL = 50;

/**
 * The duty officer's live stream: the latest messages, and every new one pushed over SSE appears at
 * the top at once, highlighted, with an "N new" banner to fold them into the list. No reload needed.
 */
const StreamPage = () => {
  const translate = useTranslate();
  const status = useStreamStatus();
  const { arrivals, clear } = useArrivals();
  const {
    data = [],
    refetch,
    isPending,
  } = useGetList('messages', {
    pagination: { page: 1, perPage: INITIAL },
    sort: { field: 'receivedAt', order: 'DESC' },
    filter: {},
  });
  const shownIds = new Set(data.map((m) => m.id));
  const fresh = arrivals.filter((m) => !shownIds.has(m.id));
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('desk.stream.title')} />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1">
          {translate('desk.stream.title')}
        </Typography>
        <Chip
          size="small"
          color={status === 'open' ? 'success' : 'warning'}
          label={translate(status === 'open' ? 'desk.stream.connected' : 'desk.stream.reconnecting')}
          data-testid="stream-status"
          data-status={status}
        />
        <Box sx={{ flexGrow: 1 }} />
        <PasteLink />
      </Stack>
      {fresh.length > 0 ? (
        <Alert
          severity="info"
          data-testid="stream-banner"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={async () => {
                await refetch();
                clear();
              }}
            >
              {translate('desk.stream.show_new')}
            </Button>
          }
        >
          {translate('desk.stream.new_items', { smart_count: fresh.length })}
        </Alert>
      ) : null}
      <Card>
        <List disablePadding data-testid="stream">
          {fresh.map((m) => (
            <MessageCard key={`new-${m.id}`} message={m} fresh />
          ))}
          {data.map((m) => (
            <MessageCard key={m.id} message={m} />
          ))}
        </List>
        {!isPending && data.length === 0 && fresh.length === 0 ? (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate('desk.stream.empty')}
          </Typography>
        ) : null}
      </Card>
    </Stack>
  );
};

export default StreamPage;
