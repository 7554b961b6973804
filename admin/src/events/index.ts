import WhatshotIcon from '@mui/icons-material/Whatshot';
import { lazy } from 'react';

export default {
  icon: WhatshotIcon,
  list: lazy(() => import('./EventList')),
  show: lazy(() => import('./EventShow')),
  recordRepresentation: 'title',
};
