import ScheduleIcon from '@mui/icons-material/Schedule';
import { lazy } from 'react';

export default {
  icon: ScheduleIcon,
  list: lazy(() => import('./ShiftList')),
  create: lazy(() => import('./ShiftCreate')),
  edit: lazy(() => import('./ShiftEdit')),
};
