import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';

export default { icon: HistoryIcon, list: lazy(() => import('./AuditList')) };
