import EventIcon from '@mui/icons-material/Event';
import { lazy } from 'react';

export default {
  icon: EventIcon,
  list: lazy(() => import('./OverrideList')),
  create: lazy(() => import('./OverrideCreate')),
  recordRepresentation: 'name',
};
