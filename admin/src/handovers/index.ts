import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { lazy } from 'react';
import type { RaRecord } from 'react-admin';
import { shanghaiParts } from '../common/timeZone';

/** A handover is named by when it was written (Shanghai time). */
const written = (r: RaRecord) => {
  const { date, time } = shanghaiParts(r.createdAt);
  return `${date} ${time.slice(0, 5)}`;
};

export default {
  icon: SwapHorizIcon,
  list: lazy(() => import('./HandoverList')),
  create: lazy(() => import('./HandoverCreate')),
  show: lazy(() => import('./HandoverShow')),
  recordRepresentation: written,
};
