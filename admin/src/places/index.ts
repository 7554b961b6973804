import PlaceIcon from '@mui/icons-material/Place';
import { lazy } from 'react';

export default {
  icon: PlaceIcon,
  list: lazy(() => import('./PlaceList')),
  create: lazy(() => import('./PlaceCreate')),
  edit: lazy(() => import('./PlaceEdit')),
  recordRepresentation: 'name',
};
