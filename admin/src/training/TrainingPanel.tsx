import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button,
  Card,
  CardContent,
  CardHeader,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { canAccess } from '../providers/access';
import type { TrainingSummaryResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';
import { trainingApi } from './trainingApi';

/** Upload labelled examples (CSV or JSONL) and retrain; the active models and their scores are shown. */
export const TrainingPanel = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const role = useActor()?.role;
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [kind, setKind] = useState<'topic' | 'sentiment'>('topic');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string>();
  const summary = useApi<TrainingSummaryResponse>(
    canAccess(role, 'training', 'list') ? trainingApi.summary : null,
    { kind },
  );
  if (!canAccess(role, 'training', 'list')) return null;
  const list = summary.data?.models ?? [];

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setResult(undefined);
    try {
      setResult(JSON.stringify(await work(), null, 1));
      summary.reload();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ ml: 2, mt: 8, width: 340, flexShrink: 0 }} data-testid="training-panel">
      <CardHeader title={translate('desk.training.title')} />
      <CardContent>
        <Stack spacing={2}>
          {summary.missing ? <Alert severity="info">{translate('desk.common.not_available')}</Alert> : null}
          {summary.data ? (
            <Typography
              variant="caption"
              color="text.secondary"
              component="div"
              sx={{ whiteSpace: 'pre-wrap' }}
            >
              {translate('desk.training.examples')}:{' '}
              {summary.data.examples.length
                ? summary.data.examples
                    .map(
                      (e) =>
                        `${e.label} ${e.n}（${translate(`desk.training.origins.${e.origin}`, { _: e.origin })}）`,
                    )
                    .join('、')
                : '—'}
            </Typography>
          ) : null}
          {list.map((m) => (
            <Typography key={`${m.kind}-${m.version}`} variant="body2">
              {translate(`desk.training.kinds.${m.kind}`)} v{m.version} · {m.trainingSize} ·{' '}
              {Object.entries(m.metrics ?? {})
                .filter(([, v]) => typeof v === 'number')
                .map(([k, v]) => `${k} ${(v as number).toFixed(3)}`)
                .join(' · ')}
            </Typography>
          ))}
          <TextField
            select
            size="small"
            fullWidth={false}
            value={kind}
            onChange={(e) => setKind(e.target.value as 'topic' | 'sentiment')}
            label={translate('desk.training.kind')}
          >
            <MenuItem value="topic">{translate('desk.training.kinds.topic')}</MenuItem>
            <MenuItem value="sentiment">{translate('desk.training.kinds.sentiment')}</MenuItem>
          </TextField>
          <Typography variant="caption" color="text.secondary">
            {translate(`desk.training.format_${kind}`)}
          </Typography>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
            {translate('desk.training.upload')}
            <input
              hidden
              type="file"
              accept=".csv,.jsonl,.json,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void run(() => dataProvider.upload(trainingApi.upload(kind, file.name), file));
              }}
            />
          </Button>
          {canAccess(role, 'training', 'train') ? (
            <Button
              variant="contained"
              disabled={busy}
              onClick={() => run(() => dataProvider.postJson(trainingApi.train, { kind }))}
            >
              {translate('desk.training.train')}
            </Button>
          ) : null}
          {result ? (
            <Typography component="pre" variant="caption" sx={{ whiteSpace: 'pre-wrap', m: 0 }}>
              {result}
            </Typography>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
