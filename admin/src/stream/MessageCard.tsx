import { Box, Chip, ListItemButton, Stack, Typography } from '@mui/material';
import { type RaRecord, useLocaleState } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../common/DateTime';
import { useEnumLabel } from '../common/EnumField';
import { SafeText } from '../common/SafeText';

/** One message in the stream: time, where from, title and the start of the text (always as text). */
export const MessageCard = ({ message, fresh }: { message: RaRecord; fresh?: boolean }) => {
  const [locale] = useLocaleState();
  const label = useEnumLabel();
  const negative = message.sentimentLabel === '负面' || message.sentimentLabel === 'negative';
  return (
    <ListItemButton
      component={Link}
      to={`/messages/${message.id}/show`}
      divider
      sx={{ alignItems: 'flex-start', bgcolor: fresh ? 'rgba(255, 193, 7, 0.12)' : undefined }}
      data-testid={fresh ? 'stream-arrival' : 'stream-item'}
    >
      <Box sx={{ width: '100%' }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="caption" color="text.secondary">
            {formatDateTime(message.receivedAt, locale)}
          </Typography>
          <Chip size="small" variant="outlined" label={label('messageChannel', message.channel)} />
          {message.inquiryType ? (
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={label('caseType', message.inquiryType)}
            />
          ) : null}
          {message.region ? <Chip size="small" label={message.region} /> : null}
          {message.topic ? <Chip size="small" label={message.topic} /> : null}
          {message.sentimentLabel ? (
            <Chip
              size="small"
              color={negative ? 'error' : 'default'}
              label={label('sentiment', message.sentimentLabel)}
            />
          ) : null}
        </Stack>
        <SafeText text={message.title} variant="subtitle2" sx={{ mt: 0.5 }} />
        <SafeText text={message.body} clamp={2} color="text.secondary" />
      </Box>
    </ListItemButton>
  );
};
