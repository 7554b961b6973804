import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { ProposalView } from './ProposalView';
import { useProposal } from './useProposal';

/** The proposal for the case being filled in, asked again as its title and body change. */
export const CaseFormProposal = ({ formData }: { formData: Record<string, unknown> }) => {
  const translate = useTranslate();
  const allowed = canAccess(useActor()?.role, 'routing-rules', 'list');
  const subject = allowed
    ? {
        messageId: typeof formData.messageId === 'number' ? formData.messageId : null,
        eventId: typeof formData.eventId === 'number' ? formData.eventId : null,
        title: String(formData.title ?? '').slice(0, 200),
        body: String(formData.body ?? '').slice(0, 2_000),
      }
    : null;
  const { proposal, loading } = useProposal(
    subject?.title || subject?.messageId || subject?.eventId ? subject : null,
  );
  if (!allowed) return null;
  return (
    <Box sx={{ width: '100%', maxWidth: 640 }} data-testid="case-form-proposal">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('desk.cases.proposal')}
      </Typography>
      {loading ? (
        <Typography variant="body2" color="text.secondary">
          {translate('desk.routing.asking')}
        </Typography>
      ) : (
        <ProposalView proposal={proposal} />
      )}
    </Box>
  );
};
