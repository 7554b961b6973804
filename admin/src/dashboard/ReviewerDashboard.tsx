import { Grid, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DeadlineCountdown } from '../common/DeadlineCountdown';
import { useEnumLabel } from '../common/EnumField';
import { ListCard } from './ListCard';

/** The office's queue: drafts waiting for review, and approved replies waiting to be published. */
const ReviewerDashboard = () => {
  const translate = useTranslate();
  const label = useEnumLabel();
  const deadline = (r: Record<string, unknown>) => (
    <DeadlineCountdown dueAt={r.dueAt as string} explanation={r.dueExplanation} />
  );
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mt: 2, mb: 2 }} data-testid="dashboard-reviewer">
        {translate('desk.dashboard.reviewer.title')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.reviewer.queue')}
            resource="cases"
            filter={{ status: 'in-review' }}
            sort={{ field: 'dueAt', order: 'ASC' }}
            perPage={12}
            primary={(r) => `${r.code} · ${r.title}`}
            secondary={(r) => label('caseType', r.type)}
            aside={deadline}
            testId="review-queue"
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.reviewer.approved')}
            resource="cases"
            filter={{ status: 'approved' }}
            sort={{ field: 'dueAt', order: 'ASC' }}
            primary={(r) => `${r.code} · ${r.title}`}
            aside={deadline}
            testId="publish-queue"
          />
        </Grid>
      </Grid>
    </>
  );
};

export default ReviewerDashboard;
