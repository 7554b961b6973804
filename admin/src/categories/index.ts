import CategoryIcon from '@mui/icons-material/Category';
import { lazy } from 'react';

export default {
  icon: CategoryIcon,
  list: lazy(() => import('./CategoryList')),
  create: lazy(() => import('./CategoryCreate')),
  edit: lazy(() => import('./CategoryEdit')),
  recordRepresentation: 'name',
};
