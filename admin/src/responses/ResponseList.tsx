import { Button } from '@mui/material';
import { List, TextField, useTranslate } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { SafeTextField } from '../common/SafeText';

/** Published responses, as the portal's public feed shows them (masked copies). */
const ResponseList = () => {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'publishedAt', order: 'DESC' }}
      actions={
        <ListActions>
          <Button size="small" href="/api/public/responses.json" target="_blank" rel="noopener">
            {translate('desk.responses.feed')}
          </Button>
        </ListActions>
      }
    >
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => r.title,
          secondaryText: (
            <PhoneLine>
              <TextField source="caseCode" />
              <TextField source="departmentName" emptyText="" />
            </PhoneLine>
          ),
          tertiaryText: <DateTime source="publishedAt" />,
        }}
        bulkActionButtons={false}
        rowClick={(_, __, r) => `/cases/${r.caseId}/show`}
      >
        <TextField source="caseCode" />
        <SafeTextField source="title" clamp={1} />
        <EnumField source="caseType" kind="caseType" />
        <TextField source="departmentName" emptyText="—" />
        <SafeTextField source="body" clamp={2} />
        <DateTime source="publishedAt" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default ResponseList;
