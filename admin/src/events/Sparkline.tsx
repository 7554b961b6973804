import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
import { useRecordContext } from 'react-admin';
import { useApi } from '../common/useApi';

/** Points shown in a row's trend: the last day, hour by hour. */
const POINTS = 24;

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
    <div data-testid="sparkline" style={{ width: 120 }}>
      {/* From 0, and a flat trend is a line: a filled area of equal counts is a solid block. */}
      <SparkLineChart
        data={counts}
        height={32}
        width={120}
        area={!flat}
        curve="linear"
        yAxis={{ min: 0, max: Math.max(1, ...counts) }}
      />
    </div>
  );
};
