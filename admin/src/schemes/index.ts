import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import { lazy } from 'react';

export default {
  icon: TravelExploreIcon,
  list: lazy(() => import('./SchemeList')),
  create: lazy(() => import('./SchemeCreate')),
  edit: lazy(() => import('./SchemeEdit')),
  show: lazy(() => import('./SchemeShow')),
  recordRepresentation: 'name',
};
