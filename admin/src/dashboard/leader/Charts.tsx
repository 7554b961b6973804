import {
  Card,
  CardContent,
  CardHeader,
  Grid,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { PieChart } from '@mui/x-charts/PieChart';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useEnumLabel } from '../../common/EnumField';
import { type LeaderStats, pivot } from './types';

const HEIGHT = 280;

/** Distinct colours for the category share (as many as the API's top 12 categories); 未分类 is always grey. */
const CATEGORY_COLOURS = [
  '#1976d2',
  '#ef6c00',
  '#2e7d32',
  '#c62828',
  '#6a1b9a',
  '#00838f',
  '#ad1457',
  '#9e9d24',
  '#4e342e',
  '#283593',
  '#558b2f',
  '#f9a825',
];
const UNCATEGORISED_COLOUR = '#9e9e9e';

const ChartCard = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => (
  <Card data-testid={testId}>
    <CardHeader title={title} />
    <CardContent sx={{ pt: 0 }}>{children}</CardContent>
  </Card>
);

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ height: 80 }}>
      {translate('ra.navigation.no_results')}
    </Typography>
  );
};

/** Volume by day and channel, category share, sentiment trend, top events, department timeliness. */
export const Charts = ({ stats }: { stats: LeaderStats }) => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const volume = pivot(stats.volumeByDay, (r) => r.channel);
  const sentiment = pivot(stats.sentimentByDay, (r) => r.label || '—');
  const departments = stats.departments.filter((d) => d.departmentName);
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <ChartCard title={translate('desk.leader.volume')} testId="chart-volume">
          {volume.days.length ? (
            <BarChart
              height={HEIGHT}
              xAxis={[{ scaleType: 'band', data: volume.days.map((d) => d.slice(5)) }]}
              series={volume.series.map((s) => ({
                data: s.data,
                label: label('messageChannel', s.key),
                stack: 'all',
              }))}
            />
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <ChartCard title={translate('desk.leader.categories')}>
          {stats.categories.length ? (
            <PieChart
              height={HEIGHT}
              series={[
                {
                  innerRadius: 40,
                  data: stats.categories.map((c, i) => ({
                    id: i,
                    value: c.n,
                    label: c.topic || translate('desk.leader.uncategorised'),
                    color: c.topic ? CATEGORY_COLOURS[i % CATEGORY_COLOURS.length] : UNCATEGORISED_COLOUR,
                  })),
                },
              ]}
            />
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 8 }}>
        <ChartCard title={translate('desk.leader.sentiment')}>
          {sentiment.days.length ? (
            <LineChart
              height={HEIGHT}
              xAxis={[{ scaleType: 'point', data: sentiment.days.map((d) => d.slice(5)) }]}
              series={sentiment.series.map((s) => ({
                data: s.data,
                label: label('sentiment', s.key),
                showMark: true,
              }))}
            />
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <ChartCard title={translate('desk.leader.top_events')}>
          {stats.topEvents.length ? (
            <List dense>
              {stats.topEvents.map((e, i) => (
                <ListItemButton key={e.id} component={Link} to={`/events/${e.id}/show`} disableGutters>
                  <ListItemText
                    primary={`${i + 1}. ${e.title}`}
                    secondary={translate('desk.leader.event_line', {
                      hotness: Math.round(e.hotness),
                      count: e.messageCount,
                      negative: e.negativeCount,
                    })}
                  />
                </ListItemButton>
              ))}
            </List>
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard title={translate('desk.leader.on_time')} testId="chart-on-time">
          {departments.length ? (
            <BarChart
              height={Math.max(HEIGHT, departments.length * 28)}
              layout="horizontal"
              yAxis={[{ scaleType: 'band', data: departments.map((d) => d.departmentName!), width: 130 }]}
              xAxis={[{ min: 0, max: 100 }]}
              series={[
                {
                  data: departments.map((d) => (d.onTimeRate === null ? 0 : Math.round(d.onTimeRate * 100))),
                  label: '%',
                },
              ]}
            />
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <ChartCard title={translate('desk.leader.durations')}>
          {departments.length ? (
            <BarChart
              height={Math.max(HEIGHT, departments.length * 28)}
              layout="horizontal"
              yAxis={[{ scaleType: 'band', data: departments.map((d) => d.departmentName!), width: 130 }]}
              xAxis={[{ min: 0, valueFormatter: (v: number) => String(Math.round(v * 10) / 10) }]}
              series={[
                {
                  data: departments.map((d) => d.avgHoursToAccept ?? 0),
                  label: translate('desk.leader.kpi.first_response'),
                },
                {
                  data: departments.map((d) => d.avgHoursToPublish ?? 0),
                  label: translate('desk.leader.kpi.publication'),
                },
              ]}
            />
          ) : (
            <Empty />
          )}
        </ChartCard>
      </Grid>
    </Grid>
  );
};
