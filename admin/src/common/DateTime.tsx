import { DateField, type DateFieldProps, useLocaleState } from 'react-admin';

/** Dates in the reader's language (react-admin defaults to en-US formatting). */
export const DateTime = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale === 'en' ? 'en-GB' : 'zh-CN'} {...props} />;
};

export const formatDateTime = (value: string | Date | null | undefined, locale: string): string =>
  value ? new Date(value).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }) : '—';
