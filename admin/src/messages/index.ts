import ForumIcon from '@mui/icons-material/Forum';
import { lazy } from 'react';

export default {
  icon: ForumIcon,
  list: lazy(() => import('./MessageList')),
  show: lazy(() => import('./MessageShow')),
  recordRepresentation: 'title',
};
