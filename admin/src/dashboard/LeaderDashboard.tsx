import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const LeaderDashboard = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h5" sx={{ mt: 2 }} data-testid="dashboard-leader">
      {translate('desk.dashboard.leader.title')}
    </Typography>
  );
};

export default LeaderDashboard;
