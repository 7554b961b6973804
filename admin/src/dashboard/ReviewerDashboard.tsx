import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const ReviewerDashboard = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h5" sx={{ mt: 2 }} data-testid="dashboard-reviewer">
      {translate('desk.dashboard.reviewer.title')}
    </Typography>
  );
};

export default ReviewerDashboard;
