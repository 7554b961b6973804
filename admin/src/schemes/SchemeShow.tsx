import { Card, CardContent, CardHeader, List as MuiList, Stack, Typography } from '@mui/material';
import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
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
import type { SchemeMessagesResponse, SchemeSeriesResponse } from '../providers/api-types';
import { useActor } from '../providers/useActor';
import { MessageCard } from '../stream/MessageCard';

/** The latest messages that hit the scheme (`GET /api/schemes/:id/messages`) and hits per day. */
const SchemeHits = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data = [] } = useApi<SchemeMessagesResponse>(record ? `schemes/${record.id}/messages` : null, {
    range: [0, 49],
  });
  const { data: series = [] } = useApi<SchemeSeriesResponse>(record ? `schemes/${record.id}/series` : null, {
    bucket: 'day',
    days: 30,
  });
  const counts = series.map((p) => p.count);
  return (
    <Card sx={{ mt: 2 }} data-testid="scheme-hits">
      <CardHeader title={translate('desk.schemes.hits')} subheader={String(record?.hits ?? data.length)} />
      <CardContent sx={{ pt: 0 }}>
        {counts.length > 1 ? <SparkLineChart data={counts} height={48} area /> : null}
        {data.length === 0 ? (
          <Typography color="text.secondary">{translate('ra.navigation.no_results')}</Typography>
        ) : (
          <MuiList disablePadding>
            {data.map((m) => (
              <MessageCard key={m.id} message={m} />
            ))}
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
