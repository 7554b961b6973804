import { Alert, Button, Card, CardContent, CardHeader, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/DateTime';
import { explanationText } from '../common/DeadlineCountdown';
import type { DeadlineCalculationResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';

/** "If received on X, when is N working days?": the calendar trace users ask for (Alaveteli #5101). */
export const DeadlineCalculator = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [start, setStart] = useState(() => new Date().toISOString().slice(0, 10));
  const [days, setDays] = useState(20);
  const [result, setResult] = useState<DeadlineCalculationResponse | string>();
  const run = async () => {
    try {
      setResult(
        await dataProvider.getJson<DeadlineCalculationResponse>('calendar/calculate', {
          start,
          workingDays: days,
        }),
      );
    } catch (error) {
      setResult(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Card sx={{ ml: 2, mt: 8, width: 320, flexShrink: 0 }}>
      <CardHeader title={translate('desk.calendar.calculator')} />
      <CardContent>
        <Stack spacing={2}>
          <TextField
            type="date"
            size="small"
            label={translate('desk.calendar.start')}
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
          <TextField
            type="number"
            size="small"
            label={translate('desk.calendar.working_days')}
            value={days}
            onChange={(e) => setDays(Number(e.target.value))}
          />
          <Button variant="outlined" onClick={run}>
            {translate('desk.calendar.calculate')}
          </Button>
          {typeof result === 'string' ? <Alert severity="error">{result}</Alert> : null}
          {result && typeof result === 'object' ? (
            <Alert severity="info" icon={false}>
              <strong>{formatDateTime(result.dueAt, locale)}</strong>
              <div>{explanationText(result.explanation, locale)}</div>
            </Alert>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
