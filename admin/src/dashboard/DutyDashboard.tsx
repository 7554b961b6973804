import { Chip, Grid, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/DateTime';
import { useEnumLabel } from '../common/EnumField';
import { ListCard } from './ListCard';

const levelColor = { red: 'error', orange: 'warning', yellow: 'warning', blue: 'info' } as const;

/** The watch: open alerts, hot events, cases waiting to be assigned, and the newest messages. */
const DutyDashboard = () => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const [locale] = useLocaleState();
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mt: 2, mb: 2 }} data-testid="dashboard-duty">
        {translate('desk.dashboard.duty.title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.duty.open_alerts')}
            resource="alerts"
            linkTo={() => '/alerts'}
            filter={{ open: true }}
            sort={{ field: 'createdAt', order: 'DESC' }}
            primary={(r) => String(r.title)}
            secondary={(r) => `${label('alertKind', r.kind)} · ${formatDateTime(r.createdAt, locale)}`}
            aside={(r) => (
              <Chip
                size="small"
                color={levelColor[r.level as keyof typeof levelColor] ?? 'default'}
                label={label('level', r.level)}
              />
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.duty.hot_events')}
            resource="events"
            sort={{ field: 'hotness', order: 'DESC' }}
            primary={(r) => String(r.title)}
            secondary={(r) =>
              `${translate('resources.events.fields.volume')}: ${r.volume ?? r.messageCount ?? '—'}`
            }
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.duty.new_cases')}
            resource="cases"
            filter={{ status: ['new', 'returned'] }}
            sort={{ field: 'receivedAt', order: 'DESC' }}
            primary={(r) => `${r.code} · ${r.title}`}
            secondary={(r) => `${label('caseType', r.type)} · ${label('caseStatus', r.status)}`}
            testId="cases-to-assign"
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.duty.latest')}
            resource="messages"
            sort={{ field: 'receivedAt', order: 'DESC' }}
            primary={(r) => String(r.title)}
            secondary={(r) => `${formatDateTime(r.receivedAt, locale)} · ${r.region ?? ''} ${r.topic ?? ''}`}
          />
        </Grid>
      </Grid>
    </>
  );
};

export default DutyDashboard;
