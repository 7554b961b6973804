import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const AdminDashboard = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h5" sx={{ mt: 2 }} data-testid="dashboard-admin">
      {translate('desk.dashboard.admin.title')}
    </Typography>
  );
};

export default AdminDashboard;
