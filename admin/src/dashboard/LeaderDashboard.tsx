import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import type { LeaderStatsResponse } from '../providers/api-types';
import { Charts } from './leader/Charts';
import { Kpis } from './leader/Kpis';
import { type Period, periodRange, periods } from './leader/periods';

/** The leader's trends for a period and region (charts from @mui/x-charts, loaded with this page only). */
const LeaderDashboard = () => {
  const translate = useTranslate();
  const [period, setPeriod] = useState<Period>('30d');
  const [region, setRegion] = useState('');
  const range = useMemo(() => periodRange(period), [period]);
  const { data, error } = useApi<LeaderStatsResponse>('dashboard/leader', {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    region: region || undefined,
  });
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" data-testid="dashboard-leader" sx={{ flexGrow: 1 }}>
          {translate('desk.dashboard.leader.title')}
        </Typography>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={translate('desk.leader.period')}
          value={period}
          onChange={(e) => setPeriod(e.target.value as Period)}
          sx={{ minWidth: 140 }}
        >
          {periods.map((p) => (
            <MenuItem key={p} value={p}>
              {translate(`desk.leader.periods.${p}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={translate('desk.leader.region')}
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="">{translate('desk.common.all')}</MenuItem>
          {(data?.regions ?? []).flatMap((r) =>
            // Messages without a region are counted, but there is no such region to choose.
            r.region === null
              ? []
              : [
                  <MenuItem key={r.region} value={r.region}>
                    {r.region} ({r.n})
                  </MenuItem>,
                ],
          )}
        </TextField>
      </Stack>
      {error ? <Typography color="error">{error.message}</Typography> : null}
      {data ? (
        <>
          <Kpis stats={data} />
          <Charts stats={data} />
        </>
      ) : null}
    </Stack>
  );
};

export default LeaderDashboard;
