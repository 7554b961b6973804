import { BooleanField, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { SafeTextField } from '../common/SafeText';

const TemplateList = () => (
  <List actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.name,
        secondaryText: (
          <PhoneLine>
            <EnumField source="caseType" kind="caseType" />
            <EnumField source="status" kind="caseStatus" />
          </PhoneLine>
        ),
        tertiaryText: <BooleanField source="active" />,
      }}
      rowClick="edit"
      bulkActionButtons={false}
    >
      <TextField source="name" />
      <EnumField source="caseType" kind="caseType" />
      <EnumField source="status" kind="caseStatus" />
      <SafeTextField source="body" clamp={2} />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default TemplateList;
