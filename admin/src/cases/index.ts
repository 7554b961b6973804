import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazy } from 'react';

export default {
  icon: AssignmentIcon,
  list: lazy(() => import('./CaseList')),
  show: lazy(() => import('./CaseShow')),
  create: lazy(() => import('./CaseCreate')),
  recordRepresentation: 'code',
};
