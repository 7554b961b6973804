import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { lazy } from 'react';

export default {
  icon: NotificationsActiveIcon,
  list: lazy(() => import('./AlertList')),
  recordRepresentation: 'title',
};
