import ArticleIcon from '@mui/icons-material/Article';
import DownloadIcon from '@mui/icons-material/Download';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import {
  Button,
  Card,
  CardContent,
  CardHeader,
  Grid,
  List as MuiList,
  Stack,
  Typography,
} from '@mui/material';
import { ShowBase, Title, useGetList, useShowContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DateTime } from '../common/DateTime';
import { EnumField } from '../common/EnumField';
import { WordsField } from '../common/WordsField';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { MessageCard } from '../stream/MessageCard';
import { createCaseFromEventPath } from './caseFromEvent';
import { EventLevel } from './EventLevel';
import { TrendSparkline } from './Sparkline';

const EventView = () => {
  const { record } = useShowContext();
  const translate = useTranslate();
  const role = useActor()?.role;
  const { data: messages = [] } = useGetList(
    'messages',
    {
      filter: { eventId: record?.id },
      sort: { field: 'receivedAt', order: 'DESC' },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled: Boolean(record) },
  );
  if (!record) return null;
  return (
    <Grid container spacing={2} sx={{ mt: 1, mb: 4 }}>
      <Title title={`${translate('resources.events.name', { smart_count: 1 })} · ${record.title}`} />
      <Grid size={{ xs: 12, md: 8 }}>
        <Card>
          <CardHeader
            title={record.title}
            subheader={`${translate('resources.events.fields.hotness')} ${Math.round(record.hotness ?? 0)}`}
          />
          <CardContent sx={{ pt: 0 }}>
            <Stack spacing={1}>
              <WordsField source="keywords" max={20} />
              <TrendSparkline />
            </Stack>
          </CardContent>
        </Card>
        <Card sx={{ mt: 2 }}>
          <CardHeader
            title={translate('resources.messages.name', { smart_count: 2 })}
            subheader={String(record.messageCount ?? messages.length)}
          />
          <MuiList disablePadding>
            {messages.map((m) => (
              <MessageCard key={m.id} message={m} />
            ))}
          </MuiList>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Card>
          <CardContent>
            <Stack spacing={1}>
              <Typography variant="body2">
                {translate('resources.events.fields.status')}:{' '}
                <EnumField source="status" kind="eventStatus" />
              </Typography>
              <EventLevel />
              <Typography variant="body2">
                {translate('resources.events.fields.firstSeenAt')}: <DateTime source="firstSeenAt" />
              </Typography>
              <Typography variant="body2">
                {translate('resources.events.fields.regions')}: {(record.regions ?? []).join('、') || '—'}
              </Typography>
              <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
                <Button
                  variant="outlined"
                  startIcon={<ArticleIcon />}
                  href={`/api/reports/events/${record.id}/report.html`}
                  target="_blank"
                  rel="noopener"
                >
                  {translate('desk.reports.event_report')}
                </Button>
                <Button
                  variant="text"
                  startIcon={<DownloadIcon />}
                  href={`/api/reports/events/${record.id}/report.docx`}
                >
                  Word
                </Button>
              </Stack>
              {canAccess(role, 'cases', 'create') ? (
                <Button
                  variant="contained"
                  startIcon={<NoteAddIcon />}
                  component={Link}
                  to={createCaseFromEventPath(record, messages)}
                  data-testid="case-from-event"
                >
                  {translate('desk.cases.create_from_message')}
                </Button>
              ) : null}
            </Stack>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
};

const EventShow = () => (
  <ShowBase>
    <EventView />
  </ShowBase>
);

export default EventShow;
