import PriorityHighIcon from '@mui/icons-material/PriorityHigh';
import { lazy } from 'react';

export default {
  icon: PriorityHighIcon,
  list: lazy(() => import('./RiskRuleList')),
  create: lazy(() => import('./RiskRuleCreate')),
  edit: lazy(() => import('./RiskRuleEdit')),
  recordRepresentation: 'name',
};
