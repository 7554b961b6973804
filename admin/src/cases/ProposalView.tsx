import { Alert, Chip, Stack, Typography } from '@mui/material';
import { ReferenceField, useLocaleState, useTranslate } from 'react-admin';

/**
 * What the view reads: `POST /api/routing-rules/propose`'s answer (`RoutingProposalResponse`, passed in
 * by useProposal, so tsc checks it fits) or the proposal a case stored (jsonb, its reason once plain text).
 */
export interface Proposal {
  departmentId: number;
  reason?: { zh?: string; en?: string } | string;
  basis?: string;
}

/** A routing proposal: the department, how it was found (rule, usual, similar cases, event) and why. */
export const ProposalView = ({ proposal }: { proposal: Proposal | null | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!proposal || typeof proposal.departmentId !== 'number')
    return (
      <Typography variant="body2" color="text.secondary" data-testid="proposal-none">
        {translate('desk.cases.no_proposal')}
      </Typography>
    );
  const { reason } = proposal;
  const text = typeof reason === 'string' ? reason : ((locale === 'en' ? reason?.en : reason?.zh) ?? '');
  return (
    <Alert severity="info" icon={false} data-testid="proposal-view">
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          <ReferenceField
            record={{ id: 0, departmentId: proposal.departmentId }}
            source="departmentId"
            reference="departments"
            link={false}
          />
        </Typography>
        {proposal.basis ? (
          <Chip size="small" variant="outlined" label={translate(`desk.routing.basis.${proposal.basis}`)} />
        ) : null}
      </Stack>
      {text ? (
        <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }} data-testid="proposal-reason">
          {text}
        </Typography>
      ) : null}
    </Alert>
  );
};
