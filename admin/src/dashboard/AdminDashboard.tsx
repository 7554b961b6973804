import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Button, Chip, Grid, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useAuditLabels } from '../audit-log/auditLabels';
import { formatDateTime } from '../common/DateTime';
import { ListCard } from './ListCard';

const healthColor = {
  ok: 'success',
  pending: 'default',
  failing: 'error',
  quiet: 'warning',
  disabled: 'default',
} as const;

/** The administrator's morning check: is every source alive, what changed lately, how are the queues. */
const AdminDashboard = () => {
  const translate = useTranslate();
  const audit = useAuditLabels();
  const [locale] = useLocaleState();
  return (
    <>
      <Stack direction="row" sx={{ mt: 2, mb: 2, alignItems: 'center', gap: 2 }}>
        <Typography variant="h5" component="h1" data-testid="dashboard-admin" sx={{ flexGrow: 1 }}>
          {translate('desk.dashboard.admin.title')}
        </Typography>
        <Button
          variant="outlined"
          startIcon={<OpenInNewIcon />}
          href="/admin/queues"
          target="_blank"
          rel="noopener"
        >
          {translate('desk.dashboard.admin.queues')}
        </Button>
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.admin.sources')}
            resource="sources"
            sort={{ field: 'id', order: 'ASC' }}
            perPage={12}
            primary={(r) => String(r.name)}
            secondary={(r) =>
              `${translate('resources.sources.fields.lastNewItemAt')}: ${formatDateTime(r.lastNewItemAt, locale)}${r.lastError ? ` · ${r.lastError}` : ''}`
            }
            aside={(r) => (
              <Chip
                size="small"
                color={healthColor[r.health as keyof typeof healthColor] ?? 'default'}
                label={translate(`desk.sources.health.${r.health}`, { _: String(r.health) })}
              />
            )}
            testId="source-health"
            linkTo={(r) => `/sources/${r.id}`}
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <ListCard
            title={translate('desk.dashboard.admin.audit')}
            resource="audit-log"
            sort={{ field: 'id', order: 'DESC' }}
            perPage={12}
            primary={(r) => audit.line(r)}
            secondary={(r) => formatDateTime(r.at, locale)}
            linkTo={() => '/audit-log'}
          />
        </Grid>
      </Grid>
    </>
  );
};

export default AdminDashboard;
