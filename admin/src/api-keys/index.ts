import KeyIcon from '@mui/icons-material/Key';
import { lazy } from 'react';

export default {
  icon: KeyIcon,
  list: lazy(() => import('./ApiKeyList')),
  create: lazy(() => import('./ApiKeyCreate')),
};
