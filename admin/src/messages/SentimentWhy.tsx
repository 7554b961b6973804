import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useEnumLabel } from '../common/EnumField';

interface Reason {
  kind: 'word' | 'pattern' | 'signal';
  text: string;
  polarity: 'negative' | 'neutral' | 'positive';
  weight: number;
  field?: 'title' | 'body';
  modifier?: string;
}
interface RiskHit {
  ruleId: number;
  name: string;
  level: string;
  words: string[];
}

const polarityColor = { negative: 'error', neutral: 'default', positive: 'success' } as const;
const levelColor = (level: string) => (level === 'red' ? 'error' : level === 'orange' ? 'warning' : 'info');

/** "inquiryType:complaint" / "topic:环境保护" / "long-account" as the reader's words. */
const useSignalText = () => {
  const translate = useTranslate();
  const label = useEnumLabel();
  return (text: string) => {
    const [kind, value] = text.split(':');
    const shown = kind === 'inquiryType' ? label('caseType', value) : value;
    return translate(`desk.sentiment_why.signal.${kind}`, { value: shown, _: text });
  };
};

/**
 * Why the desk judged this message as it did: the words, phrasing patterns and signals behind its
 * sentiment, and the risk rules it fired with their words. Text only (the words come from messages).
 */
export const SentimentWhy = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const signalText = useSignalText();
  if (!record) return null;
  const reasons = (record.sentimentReasons ?? []) as Reason[];
  const risks = (record.riskHits ?? []) as RiskHit[];
  return (
    <Stack spacing={1} data-testid="sentiment-why">
      {risks.map((hit) => (
        <Stack key={hit.ruleId} direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <Chip
            size="small"
            color={levelColor(hit.level)}
            label={`${translate('desk.risk.hit')}·${hit.name}`}
          />
          {hit.words.map((w) => (
            <Chip key={w} size="small" variant="outlined" color={levelColor(hit.level)} label={w} />
          ))}
        </Stack>
      ))}
      <Typography variant="caption" color="text.secondary">
        {translate(`desk.sentiment_why.source.${record.sentimentSource ?? 'lexicon'}`)}
      </Typography>
      <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
        {reasons.map((r) => (
          <Tooltip
            key={`${r.kind}-${r.text}-${r.field ?? ''}`}
            title={translate(`desk.sentiment_why.kind.${r.kind}`, { weight: r.weight })}
          >
            <Chip
              size="small"
              variant={r.kind === 'pattern' ? 'filled' : 'outlined'}
              color={polarityColor[r.polarity]}
              label={`${r.modifier && r.modifier !== 'courtesy' ? r.modifier : ''}${
                r.kind === 'signal' ? signalText(r.text) : r.text
              }`}
            />
          </Tooltip>
        ))}
      </Stack>
    </Stack>
  );
};
