import {
  alertKindLabels,
  alertLevelLabels,
  applicantTypeLabels,
  caseStatusLabels,
  caseTypeLabels,
  channelLabels,
  messageChannelLabels,
  roleLabels,
  severityLabels,
} from '@desk/core';
import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';

type Label = { zh: string; en: string };

/** Kinds whose labels live in core (shared with the API, reports and the public feed). */
const coreLabels: Record<string, Record<string, Label>> = {
  caseType: caseTypeLabels,
  caseStatus: caseStatusLabels,
  severity: severityLabels,
  caseChannel: channelLabels,
  messageChannel: messageChannelLabels,
  applicantType: applicantTypeLabels,
  level: alertLevelLabels,
  alertKind: alertKindLabels,
  role: roleLabels,
};

/**
 * A coded value (status, sentiment, channel, type) in the reader's language: core's label tables first,
 * then `desk.enum.<kind>.<value>`; an unknown value is shown as it is.
 */
export const useEnumLabel = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (kind: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    const core = coreLabels[kind]?.[String(value)];
    if (core) return locale === 'en' ? core.en : core.zh;
    return translate(`desk.enum.${kind}.${String(value)}`, { _: String(value) });
  };
};

/** Choices for a SelectInput of a core enum, labelled in the reader's language. */
export const useEnumChoices = () => {
  const label = useEnumLabel();
  return (kind: string, values: readonly string[]) => values.map((id) => ({ id, name: label(kind, id) }));
};

type ChipColor = 'default' | 'error' | 'warning' | 'info' | 'success' | 'primary';

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
  color?: (value: string) => ChipColor;
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
