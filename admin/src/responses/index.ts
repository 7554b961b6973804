import CampaignIcon from '@mui/icons-material/Campaign';
import { lazy } from 'react';

export default {
  icon: CampaignIcon,
  list: lazy(() => import('./ResponseList')),
  recordRepresentation: 'title',
};
