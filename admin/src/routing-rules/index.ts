import AltRouteIcon from '@mui/icons-material/AltRoute';
import { lazy } from 'react';

export default {
  icon: AltRouteIcon,
  list: lazy(() => import('./RuleList')),
  create: lazy(() => import('./RuleCreate')),
  edit: lazy(() => import('./RuleEdit')),
  recordRepresentation: 'name',
};
