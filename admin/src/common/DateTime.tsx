import {
  DateField,
  type DateFieldProps,
  DateTimeInput,
  type DateTimeInputProps,
  useLocaleState,
} from 'react-admin';
import { DESK_TIMEZONE, deskTimeOptions, fromLocalInput, toLocalInput } from './timeZone';

const localeOf = (locale: string) => (locale === 'en' ? 'en-GB' : 'zh-CN');

/** Date and time in the reader's language, always on Shanghai's clock (react-admin would use the browser's). */
export const DateTime = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime locales={localeOf(locale)} options={deskTimeOptions} {...props} />;
};

export const formatDateTime = (value: string | Date | null | undefined, locale: string): string =>
  value ? new Date(value).toLocaleString(localeOf(locale), deskTimeOptions) : '—';

/** A date-time input that shows and takes Shanghai time whatever the browser's zone. */
export const DeskDateTimeInput = (props: DateTimeInputProps) => (
  <DateTimeInput
    format={toLocalInput}
    parse={fromLocalInput}
    helperText={`${DESK_TIMEZONE} (UTC+8)`}
    {...props}
  />
);
