import { SparkLineChart } from '@mui/x-charts/SparkLineChart';
import { useRecordContext } from 'react-admin';

/** A trend series as the API may send it: numbers, or points with a count. */
export function trendOf(record: Record<string, unknown> | undefined): number[] {
  const raw = record?.trend ?? record?.series ?? record?.volume ?? record?.sparkline;
  if (!Array.isArray(raw)) return [];
  return raw.map((p) =>
    typeof p === 'number'
      ? p
      : Number((p as Record<string, unknown>).n ?? (p as Record<string, unknown>).count ?? 0),
  );
}

/** Volume over time of an event, drawn small beside its hotness. */
export const TrendSparkline = (_: { label?: string }) => {
  const record = useRecordContext();
  const data = trendOf(record);
  if (data.length < 2) return <span>—</span>;
  return (
    <div data-testid="sparkline" style={{ width: 120 }}>
      <SparkLineChart data={data} height={32} width={120} area curve="linear" />
    </div>
  );
};
