import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const DutyDashboard = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h5" sx={{ mt: 2 }} data-testid="dashboard-duty">
      {translate('desk.dashboard.duty.title')}
    </Typography>
  );
};

export default DutyDashboard;
