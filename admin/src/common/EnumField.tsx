import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * A coded value (status, sentiment, channel, type) shown in the reader's language through
 * `desk.enum.<kind>.<value>`; an unknown value is shown as it is.
 */
export const useEnumLabel = () => {
  const translate = useTranslate();
  return (kind: string, value: unknown) =>
    value === null || value === undefined || value === ''
      ? '—'
      : translate(`desk.enum.${kind}.${String(value)}`, { _: String(value) });
};

export const EnumField = ({
  source,
  kind,
  chip,
  color,
}: {
  source: string;
  kind: string;
  chip?: boolean;
  label?: string;
  sortable?: boolean;
  color?: (value: string) => 'default' | 'error' | 'warning' | 'info' | 'success' | 'primary';
}) => {
  const record = useRecordContext();
  const label = useEnumLabel();
  const value = record?.[source];
  const text = label(kind, value);
  if (!chip) return <span>{text}</span>;
  return (
    <Chip size="small" label={text} color={color ? color(String(value)) : 'default'} variant="outlined" />
  );
};
