import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ProposalView } from '../cases/ProposalView';
import { useProposal } from '../cases/useProposal';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';

/**
 * What the topics engine read in a message: its keywords, the region its places are in, and the
 * department a case about it would be proposed to, with the reason.
 */
export const MessageTopics = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const routing = canAccess(useActor()?.role, 'routing-rules', 'list');
  const { proposal, loading } = useProposal(routing && record ? { messageId: Number(record.id) } : null);
  if (!record) return null;
  const keywords = (record.keywords ?? []) as string[];
  return (
    <Card data-testid="message-topics">
      <CardContent>
        <Typography variant="subtitle2">{translate('desk.routing.keywords')}</Typography>
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', my: 1 }} data-testid="message-keywords">
          {keywords.length
            ? keywords.map((word) => <Chip key={word} size="small" label={word} />)
            : translate('desk.routing.none')}
        </Stack>
        <Typography variant="subtitle2">{translate('desk.routing.region')}</Typography>
        <Typography variant="body2" sx={{ my: 1 }} data-testid="message-region">
          {record.region ?? translate('desk.routing.no_region')}
        </Typography>
        {routing ? (
          <Box>
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
        ) : null}
      </CardContent>
    </Card>
  );
};
