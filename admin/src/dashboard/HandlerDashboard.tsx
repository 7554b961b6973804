import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const HandlerDashboard = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h5" sx={{ mt: 2 }} data-testid="dashboard-handler">
      {translate('desk.dashboard.handler.title')}
    </Typography>
  );
};

export default HandlerDashboard;
