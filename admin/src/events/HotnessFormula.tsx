import { Alert } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';

/** The published hotness formula the board is ranked by (`GET /api/events/formula`). */
export const HotnessFormula = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useApi<{ zh: string; en: string }>('events/formula');
  if (!data) return null;
  return (
    <Alert severity="info" icon={false} sx={{ mt: 1 }} data-testid="hotness-formula">
      {translate('desk.events.formula')}：{locale === 'en' ? data.en : data.zh}
    </Alert>
  );
};
