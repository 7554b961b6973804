import { markTerms } from '@desk/core';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Box, Button, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import {
  ReferenceField,
  ShowBase,
  TextField,
  useRecordContext,
  useShowContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { Link, useLocation } from 'react-router-dom';
import { EnumField } from '../common/EnumField';
import { MaskedContact } from '../common/MaskedContact';
import { useUnmask } from '../common/useUnmask';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { ConfirmCategory } from './ConfirmCategory';
import { ConfirmSentiment } from './ConfirmSentiment';
import { createCasePath } from './caseFromMessage';
import { MergeIntoEvent } from './MergeIntoEvent';
import { MessageFacts } from './MessageFacts';
import { MessageTopics } from './MessageTopics';
import { MarkedText } from './SearchMatch';
import { SentimentWhy } from './SentimentWhy';
import { highlightTerms } from './searchTerms';

/** One message: its text (always as text, never as HTML), where it came from, and what to do with it. */
const MessageShow = () => (
  <ShowBase>
    <MessageView />
  </ShowBase>
);

const MessageView = () => {
  const { record } = useShowContext();
  const translate = useTranslate();
  const role = useActor()?.role;
  const unmask = useUnmask('messages');
  // Opened from a search page: the words that found it are marked here too.
  const terms = highlightTerms(useLocation().search);
  if (!record) return null;
  const original = unmask.data;
  const hasContact = Object.values(record.contact ?? {}).some(Boolean);
  return (
    <Grid container spacing={2} sx={{ mt: 1 }} data-testid="message-show">
      <Grid size={{ xs: 12, md: 8 }}>
        <Card>
          <CardContent>
            <MarkedText
              segments={markTerms(original?.title ?? record.title ?? '', terms)}
              variant="h6"
              component="h1"
              data-testid="message-title"
            />
            <Stack direction="row" sx={{ gap: 1, my: 1, flexWrap: 'wrap' }}>
              {record.sentimentLabel ? <EnumField source="sentimentLabel" kind="sentiment" chip /> : null}
              {record.topic ? <Chip size="small" label={record.topic} /> : null}
              {record.region ? <Chip size="small" variant="outlined" label={record.region} /> : null}
              {(record.piiKinds ?? []).length ? (
                <Chip size="small" color="warning" variant="outlined" label={translate('desk.pii.masked')} />
              ) : null}
            </Stack>
            <SentimentWhy />
            <MarkedText
              segments={markTerms(original?.body ?? record.body ?? '', terms)}
              data-testid="message-body"
              sx={{ mt: 2 }}
            />
            {record.url ? (
              <Button
                size="small"
                href={record.url}
                target="_blank"
                rel="noopener noreferrer"
                startIcon={<OpenInNewIcon />}
                sx={{ mt: 2 }}
              >
                {translate('desk.messages.open_original')}
              </Button>
            ) : null}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Stack spacing={2}>
          <Card>
            <CardContent>
              <MessageActions />
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <MessageFacts />
              {hasContact ? (
                <Box sx={{ mt: 2 }}>
                  <MaskedContact resource="messages" />
                </Box>
              ) : null}
              {!original && (record.piiKinds ?? []).length && canAccess(role, 'messages', 'unmask') ? (
                <Button size="small" onClick={unmask.run} disabled={unmask.loading} data-testid="unmask-text">
                  {translate('desk.pii.unmask')}
                </Button>
              ) : null}
            </CardContent>
          </Card>
          <MessageTopics />
        </Stack>
      </Grid>
    </Grid>
  );
};

const MessageActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = useActor()?.role;
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const setStatus = (status: string) =>
    update(
      'messages',
      { id: record.id, data: { status }, previousData: record },
      { mutationMode: 'pessimistic' },
    );
  return (
    <Stack spacing={1}>
      {record.caseId ? (
        <Typography variant="body2">
          {translate('resources.messages.fields.caseId')}：
          <ReferenceField source="caseId" reference="cases" link="show">
            <TextField source="code" />
          </ReferenceField>
        </Typography>
      ) : canAccess(role, 'cases', 'create') ? (
        <Button
          variant="contained"
          startIcon={<NoteAddIcon />}
          component={Link}
          to={createCasePath(record)}
          data-testid="create-case"
        >
          {translate('desk.cases.create_from_message')}
        </Button>
      ) : null}
      <ConfirmCategory ids={[record.id]} current={record.topic} />
      <ConfirmSentiment />
      <MergeIntoEvent ids={[record.id]} />
      {canAccess(role, 'messages', 'edit') && record.status !== 'noise' ? (
        <Button variant="outlined" color="warning" disabled={isPending} onClick={() => setStatus('noise')}>
          {translate('desk.messages.mark_noise')}
        </Button>
      ) : null}
    </Stack>
  );
};

export default MessageShow;
