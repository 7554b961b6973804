import { Card, CardContent, CardHeader } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type Proposal, ProposalView } from './ProposalView';

/** The routing proposal stored with the case, with its reason, before the duty officer assigns. */
export const ProposalPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Card data-testid="proposal">
      <CardHeader title={translate('desk.cases.proposal')} />
      <CardContent sx={{ pt: 0 }}>
        <ProposalView proposal={record?.proposal as Proposal | null | undefined} />
      </CardContent>
    </Card>
  );
};
