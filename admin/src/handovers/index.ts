import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { lazy } from 'react';

export default {
  icon: SwapHorizIcon,
  list: lazy(() => import('./HandoverList')),
  create: lazy(() => import('./HandoverCreate')),
  show: lazy(() => import('./HandoverShow')),
};
