import { Alert, Card, CardContent, CardHeader } from '@mui/material';
import { ReferenceField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';

/** The routing suggestion (rules + past assignments) with its reason, before the duty officer assigns. */
export const ProposalPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const proposal = record?.proposal as Record<string, unknown> | null | undefined;
  const departmentId = proposal?.departmentId ?? proposal?.leadDepartmentId;
  const reason = proposal?.reason;
  const reasonText =
    reason && typeof reason === 'object'
      ? String((reason as Record<string, unknown>)[locale === 'en' ? 'en' : 'zh'] ?? '')
      : reason
        ? String(reason)
        : '';
  return (
    <Card data-testid="proposal">
      <CardHeader title={translate('desk.cases.proposal')} />
      <CardContent sx={{ pt: 0 }}>
        {typeof departmentId === 'number' ? (
          <Alert severity="info" icon={false}>
            <ReferenceField
              record={{ id: 0, departmentId }}
              source="departmentId"
              reference="departments"
              link={false}
            />
            {reasonText ? ` — ${reasonText}` : ''}
          </Alert>
        ) : (
          translate('desk.cases.no_proposal')
        )}
      </CardContent>
    </Card>
  );
};
