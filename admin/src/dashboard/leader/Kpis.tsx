import { Card, CardContent, Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type LeaderStats, weightedHours } from './types';

const percent = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
const hours = (v: number | null) => (v === null ? '—' : `${v} h`);

/** The period's headline figures, each with a test id so a change can be observed. */
export const Kpis = ({ stats }: { stats: LeaderStats }) => {
  const translate = useTranslate();
  const t = stats.totals;
  const rateWhy = translate('desk.leader.kpi.on_time_why', {
    onTime: t.completedOnTime,
    completed: t.completed,
    overdue: t.openOverdue,
  });
  const tiles: [string, string | number, string?][] = [
    ['messages', t.messages],
    ['negative', t.messages ? percent(t.negative / t.messages) : '—'],
    ['received', t.received],
    ['published', t.published],
    ['completed', t.completed],
    ['open_overdue', t.openOverdue],
    ['on_time', percent(t.onTimeRate), rateWhy],
    ['first_response', hours(weightedHours(stats.departments, (d) => d.avgHoursToAccept))],
    ['publication', hours(weightedHours(stats.departments, (d) => d.avgHoursToPublish))],
  ];
  return (
    <Grid container spacing={2}>
      {tiles.map(([key, value, why]) => (
        <Grid key={key} size={{ xs: 6, sm: 4, lg: 12 / 5 }}>
          <Card>
            <CardContent>
              <Typography variant="caption" color="text.secondary">
                {translate(`desk.leader.kpi.${key}`)}
              </Typography>
              <Typography variant="h5" data-testid={`kpi-${key}`}>
                {value}
              </Typography>
              {why ? (
                <Typography variant="caption" color="text.secondary" data-testid={`kpi-${key}-why`}>
                  {why}
                </Typography>
              ) : null}
            </CardContent>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
};
