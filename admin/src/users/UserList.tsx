import { BooleanField, Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';

const UserList = () => (
  <List perPage={25} actions={<ListActions />}>
    <Datagrid bulkActionButtons={false} rowClick="edit">
      <TextField source="username" />
      <TextField source="displayName" />
      <EnumField source="role" kind="role" chip />
      <ReferenceField source="departmentId" reference="departments" emptyText="—" link={false} />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

export default UserList;
