import HelpOutlineIcon from '@mui/icons-material/HelpOutlined';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import type { HotnessFormulaResponse } from '../providers/api-types';

/**
 * What 热度 means, behind a “?” beside the board's buttons: a sentence in the reader's language first, the
 * published formula (`GET /api/events/formula`) after it, small. A tap opens it on a phone.
 */
export const HotnessHelp = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useApi<HotnessFormulaResponse>('events/formula');
  const help = (
    <Box data-testid="hotness-help-text">
      <Typography variant="body2">{translate('desk.events.hotness_help')}</Typography>
      {data ? (
        <Typography variant="caption" component="p" sx={{ mt: 0.5, opacity: 0.8 }}>
          {translate('desk.events.formula')}：{locale === 'en' ? data.en : data.zh}
        </Typography>
      ) : null}
    </Box>
  );
  return (
    <Tooltip title={help} enterTouchDelay={0} leaveTouchDelay={8000} arrow>
      <IconButton size="small" aria-label={translate('desk.events.hotness_what')} data-testid="hotness-help">
        <HelpOutlineIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};
