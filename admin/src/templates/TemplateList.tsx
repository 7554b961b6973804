import { BooleanField, Datagrid, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { SafeTextField } from '../common/SafeText';

const TemplateList = () => (
  <List actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <EnumField source="caseType" kind="caseType" />
      <EnumField source="status" kind="caseStatus" />
      <SafeTextField source="body" clamp={2} />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

export default TemplateList;
