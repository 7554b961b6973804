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
  return (
    <div data-testid="sparkline" style={{ width: 120 }}>
      <SparkLineChart data={counts} height={32} width={120} area curve="linear" />
    </div>
  );
};
