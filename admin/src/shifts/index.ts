import ScheduleIcon from '@mui/icons-material/Schedule';
import { lazy } from 'react';
import type { RaRecord } from 'react-admin';
import { shanghaiParts } from '../common/timeZone';

/** A shift is named by its watch: `2026-12-05 08:00–20:00` (Shanghai time). */
const watch = (r: RaRecord) => {
  const from = shanghaiParts(r.startsAt);
  const to = shanghaiParts(r.endsAt);
  return `${from.date} ${from.time.slice(0, 5)}–${to.date === from.date ? '' : `${to.date} `}${to.time.slice(0, 5)}`;
};

export default {
  icon: ScheduleIcon,
  list: lazy(() => import('./ShiftList')),
  create: lazy(() => import('./ShiftCreate')),
  edit: lazy(() => import('./ShiftEdit')),
  recordRepresentation: watch,
};
