import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
import { useRecordContext } from 'react-admin';
import { useApi } from '../common/useApi';
import type { EventTimelineResponse } from '../providers/api-types';
import { sparkScale } from './sparkScale';

/** Points shown in a row's trend: the last day, hour by hour. */
const POINTS = 24;

/** An event's volume over time (`GET /api/events/:id/timeline`), drawn small beside its hotness. */
export const TrendSparkline = ({ bucket = 'hour' }: { label?: string; bucket?: 'hour' | 'day' }) => {
  const record = useRecordContext();
  const { data = [] } = useApi<EventTimelineResponse>(record ? `events/${record.id}/timeline` : null, {
    bucket,
  });
  const counts = data.slice(-POINTS).map((p) => p.count);
  if (counts.length < 2) return <span>—</span>;
  const flat = counts.every((c) => c === counts[0]);
  return (
    <div data-testid="sparkline" data-flat={flat} style={{ width: 120 }}>
      <SparkLineChart data={counts} height={32} width={120} curve="linear" {...sparkScale(counts, flat)} />
    </div>
  );
};
