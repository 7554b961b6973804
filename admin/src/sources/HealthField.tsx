import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const colors = {
  ok: 'success',
  pending: 'default',
  failing: 'error',
  quiet: 'warning',
  disabled: 'default',
} as const;

/** Source health with the last error on hover (MediaCloud's lesson: feeds stop silently). */
export const HealthField = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const health = String(record.health ?? 'pending') as keyof typeof colors;
  const chip = (
    <Chip
      size="small"
      color={colors[health] ?? 'default'}
      label={translate(`desk.sources.health.${health}`, { _: health })}
      data-testid="source-health"
    />
  );
  return record.lastError ? <Tooltip title={String(record.lastError)}>{chip}</Tooltip> : chip;
};
