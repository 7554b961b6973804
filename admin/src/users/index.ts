import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';

export default {
  icon: PeopleIcon,
  list: lazy(() => import('./UserList')),
  create: lazy(() => import('./UserCreate')),
  edit: lazy(() => import('./UserEdit')),
  recordRepresentation: 'displayName',
};
