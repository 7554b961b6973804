import TimerIcon from '@mui/icons-material/Timer';
import { lazy } from 'react';

export default {
  icon: TimerIcon,
  list: lazy(() => import('./PolicyList')),
  create: lazy(() => import('./PolicyCreate')),
  edit: lazy(() => import('./PolicyEdit')),
  recordRepresentation: 'label',
};
