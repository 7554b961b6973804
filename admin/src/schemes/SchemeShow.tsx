import { Card, CardContent, CardHeader, List as MuiList, Stack, Typography } from '@mui/material';
import {
  EditButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useApi } from '../common/useApi';
import { WordsField } from '../common/WordsField';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { MessageCard } from '../stream/MessageCard';

interface Hit {
  messageId?: number;
  id?: number;
  matchedAt?: string;
  message?: Record<string, unknown>;
}

/** The latest messages that hit the scheme (`GET /api/schemes/:id/hits`). */
const SchemeHits = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data, missing } = useApi<Hit[] | { data: Hit[] }>(record ? `schemes/${record.id}/hits` : null);
  if (missing) return null;
  const hits = Array.isArray(data) ? data : (data?.data ?? []);
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={translate('desk.schemes.hits')} subheader={String(hits.length)} />
      <CardContent sx={{ pt: 0 }}>
        {hits.length === 0 ? (
          <Typography color="text.secondary">{translate('ra.navigation.no_results')}</Typography>
        ) : (
          <MuiList disablePadding>
            {hits.map((h) => {
              const message = (h.message ?? h) as Record<string, unknown> & { id: number };
              return <MessageCard key={String(message.id ?? h.messageId)} message={message} />;
            })}
          </MuiList>
        )}
      </CardContent>
    </Card>
  );
};

const Actions = () => {
  const role = useActor()?.role;
  return <TopToolbar>{canAccess(role, 'schemes', 'edit') ? <EditButton /> : null}</TopToolbar>;
};

const SchemeShow = () => (
  <Show actions={<Actions />}>
    <Stack>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        <WordsField source="regionWords" max={50} />
        <WordsField source="subjectWords" max={50} />
        <WordsField source="eventWords" max={50} />
        <WordsField source="excludeWords" max={50} color="error" />
      </SimpleShowLayout>
      <SchemeHits />
    </Stack>
  </Show>
);

export default SchemeShow;
