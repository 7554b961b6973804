import RssFeedIcon from '@mui/icons-material/RssFeed';
import { lazy } from 'react';

export default {
  icon: RssFeedIcon,
  list: lazy(() => import('./SourceList')),
  create: lazy(() => import('./SourceCreate')),
  edit: lazy(() => import('./SourceEdit')),
  recordRepresentation: 'name',
};
