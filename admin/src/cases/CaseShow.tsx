import { isOpenStatus } from '@desk/core';
import { Card, CardContent, CardHeader, Grid, Stack, Typography } from '@mui/material';
import { ShowBase, Title, useLocaleState, useShowContext, useTranslate } from 'react-admin';
import { DeadlineCountdown, explanationText } from '../common/DeadlineCountdown';
import { EnumField } from '../common/EnumField';
import { SafeText } from '../common/SafeText';
import { ReplyPanel } from '../drafts/ReplyPanel';
import { useActor } from '../providers/useActor';
import { CaseActions } from './actions/CaseActions';
import { CaseFacts } from './CaseFacts';
import { CaseHistory } from './CaseHistory';
import { ProposalPanel } from './ProposalPanel';

/** A case on one page: what it is, how long is left, what this person can do next, and the reply. */
const CaseShow = () => (
  <ShowBase>
    <CaseView />
  </ShowBase>
);

const CaseView = () => {
  const { record, isPending } = useShowContext();
  const translate = useTranslate();
  const role = useActor()?.role;
  if (isPending || !record) return null;
  const finished = !isOpenStatus(record.status);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="case-show">
      <Title
        title={`${translate('resources.cases.name', { smart_count: 1 })} ${record.code} · ${record.title}`}
      />
      <Stack sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }} direction="row">
        <Typography variant="h5" component="h1" data-testid="case-title">
          {record.code} · {record.title}
        </Typography>
        <span data-testid="case-status" data-status={record.status}>
          <EnumField source="status" kind="caseStatus" chip />
        </span>
        <DeadlineCountdown dueAt={record.dueAt} explanation={record.dueExplanation} done={finished} />
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Card>
              <CardHeader title={translate('desk.cases.details')} />
              <CardContent>
                <SafeText text={record.body} data-testid="case-body" />
                <CaseFacts />
              </CardContent>
            </Card>
            <ReplyPanel />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack spacing={2}>
            <Card>
              <CardHeader title={translate('desk.cases.next')} />
              <CardContent>
                <CaseActions
                  record={record}
                  exclude={role === 'handler' ? ['submit'] : []}
                  defaults={{ assign: proposalDefaults(record.proposal) }}
                />
              </CardContent>
            </Card>
            {record.status === 'new' || record.status === 'returned' ? <ProposalPanel /> : null}
            <Card>
              <CardHeader title={translate('desk.deadline.explanation')} />
              <CardContent>
                <DueExplanationText value={record.dueExplanation} />
              </CardContent>
            </Card>
            <CaseHistory />
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  );
};

const DueExplanationText = ({ value }: { value: unknown }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return <SafeText text={explanationText(value, locale) || translate('desk.deadline.no_explanation')} />;
};

/** The routing suggestion pre-selects the department in the assign dialog. */
export function proposalDefaults(proposal: unknown): Record<string, unknown> | undefined {
  if (!proposal || typeof proposal !== 'object') return undefined;
  const p = proposal as Record<string, unknown>;
  const departmentId = p.departmentId ?? p.leadDepartmentId;
  return typeof departmentId === 'number'
    ? { departmentId, coDepartmentIds: p.coDepartmentIds ?? [] }
    : undefined;
}

export default CaseShow;
