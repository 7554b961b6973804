import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
import { useRecordContext } from 'react-admin';
import { useApi } from '../common/useApi';

/** Points shown in a row's trend: the last day, hour by hour. */
const POINTS = 24;

/**
 * The y scale from zero, so a steady trend is a thin line (mid-height, or at the floor when it is zero), never
 * a chart filled from edge to edge (a constant series made the scale's bottom and top the same value);
 * only a changing trend gets its shaded area.
 */
export function sparkScale(counts: number[], flat: boolean) {
  const top = Math.max(...counts);
  return {
    area: !flat,
    yAxis: { min: 0, max: flat ? Math.max(1, 2 * top) : top },
  };
}

/** An event's volume over time (`GET /api/events/:id/timeline`), drawn small beside its hotness. */
export const TrendSparkline = ({ bucket = 'hour' }: { label?: string; bucket?: 'hour' | 'day' }) => {
  const record = useRecordContext();
  const { data = [] } = useApi<{ at: string; count: number }[]>(
    record ? `events/${record.id}/timeline` : null,
    {
      bucket,
    },
  );
  const counts = data.slice(-POINTS).map((p) => p.count);
  if (counts.length < 2) return <span>—</span>;
  const flat = counts.every((c) => c === counts[0]);
  return (
    <div data-testid="sparkline" data-flat={flat} style={{ width: 120 }}>
      <SparkLineChart data={counts} height={32} width={120} curve="linear" {...sparkScale(counts, flat)} />
    </div>
  );
};
