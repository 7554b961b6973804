import { isOpenStatus } from '@desk/core';
import { Chip, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { splitDuration, urgencyColor, urgencyOf } from './deadline';

/** Re-render once a minute; a countdown with minute precision needs no more. */
const TICK_MS = 60_000;

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The clock's explanation (core's DueExplanation: a bilingual summary) in the reader's language. */
export function explanationText(value: unknown, locale: string): string {
  if (!value) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => explanationText(v, locale)).join('\n');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.zh === 'string' || typeof v.en === 'string') return String(locale === 'en' ? v.en : v.zh);
    if (v.summary) return explanationText(v.summary, locale);
  }
  return '';
}

/** Deadline countdown coloured by urgency; hovering shows how the due date was computed. */
export const DeadlineCountdown = ({
  dueAt,
  explanation,
  done,
}: {
  dueAt?: string | null;
  explanation?: unknown;
  done?: boolean;
}) => {
  const translate = useTranslate();
  const now = useNow();
  const [locale] = useLocaleState();
  if (!dueAt) return <span>—</span>;
  const left = new Date(dueAt).getTime() - now;
  const urgency = done ? 'ok' : urgencyOf(left);
  const { days, hours, minutes } = splitDuration(left);
  const span =
    days > 0
      ? translate('desk.deadline.dh', { days, hours })
      : translate('desk.deadline.hm', { hours, minutes });
  const label = done
    ? translate('desk.deadline.done')
    : translate(left < 0 ? 'desk.deadline.overdue_by' : 'desk.deadline.left', { span });
  const title = explanationText(explanation, locale) || translate('desk.deadline.no_explanation');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{title}</span>} arrow>
      <Chip
        size="small"
        color={urgencyColor[urgency]}
        variant={urgency === 'ok' ? 'outlined' : 'filled'}
        label={label}
        data-urgency={urgency}
        data-testid="deadline"
      />
    </Tooltip>
  );
};

export const DeadlineField = (_: { label?: string; sortBy?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  const done = !isOpenStatus(record.status);
  return <DeadlineCountdown dueAt={record.dueAt} explanation={record.dueExplanation} done={done} />;
};
