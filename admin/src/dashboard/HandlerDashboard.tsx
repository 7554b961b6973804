import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DeadlineCountdown } from '../common/DeadlineCountdown';
import { useEnumLabel } from '../common/EnumField';
import { ListCard } from './ListCard';

/**
 * A department's day: its open cases by deadline, and what is due soon or already late — due soon as
 * each case's deadline policy defines it (its due-soon moment), not a fixed number of days.
 */
const HandlerDashboard = () => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const deadline = (r: Record<string, unknown>) => (
    <DeadlineCountdown dueAt={r.dueAt as string} explanation={r.dueExplanation} />
  );
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mt: 2, mb: 2 }} data-testid="dashboard-handler">
        {translate('desk.dashboard.handler.title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <ListCard
            title={translate('desk.dashboard.handler.todo')}
            resource="cases"
            filter={{ open: true }}
            sort={{ field: 'dueAt', order: 'ASC' }}
            perPage={12}
            primary={(r) => `${r.code} · ${r.title}`}
            secondary={(r) => `${label('caseType', r.type)} · ${label('caseStatus', r.status)}`}
            aside={deadline}
            testId="handler-inbox"
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <ListCard
            title={translate('desk.dashboard.handler.due_soon')}
            resource="cases"
            filter={{ open: true, dueSoon: true }}
            sort={{ field: 'dueAt', order: 'ASC' }}
            primary={(r) => `${r.code} · ${r.title}`}
            aside={deadline}
          />
        </Grid>
      </Grid>
    </>
  );
};

export default HandlerDashboard;
