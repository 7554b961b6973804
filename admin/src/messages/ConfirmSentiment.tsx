import { sentimentLabelValues } from '@desk/core';
import { Button, ButtonGroup, Stack, Typography } from '@mui/material';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useEnumLabel } from '../common/EnumField';
import { canAccess } from '../providers/access';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';
import { trainingApi } from '../training/trainingApi';

/**
 * The officer's correction of a message's sentiment: one click, audited on the server, and the message
 * becomes a training example against which any trained model is judged before it may replace the default.
 */
export const ConfirmSentiment = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const label = useEnumLabel();
  const role = useActor()?.role;
  const dataProvider = useDataProvider<DeskDataProvider>();
  if (!record || !canAccess(role, 'training', 'confirm')) return null;
  const confirm = async (value: string) => {
    try {
      await dataProvider.postJson(trainingApi.confirmSentiment(record.id), { label: value });
      notify('desk.sentiment_why.confirmed', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  return (
    <Stack spacing={0.5}>
      <Typography variant="caption" color="text.secondary">
        {translate('desk.sentiment_why.correct')}
      </Typography>
      <ButtonGroup size="small" data-testid="confirm-sentiment">
        {sentimentLabelValues.map((value) => (
          <Button
            key={value}
            variant={
              record.sentimentLabel === value && record.sentimentSource === 'confirmed'
                ? 'contained'
                : 'outlined'
            }
            onClick={() => confirm(value)}
          >
            {label('sentiment', value)}
          </Button>
        ))}
      </ButtonGroup>
    </Stack>
  );
};
