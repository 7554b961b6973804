import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazy } from 'react';

export default {
  icon: ApartmentIcon,
  list: lazy(() => import('./DepartmentList')),
  create: lazy(() => import('./DepartmentCreate')),
  edit: lazy(() => import('./DepartmentEdit')),
  recordRepresentation: 'name',
};
