import { BooleanField, Datagrid, List, ReferenceField, TextField } from 'react-admin';

export const UserList = () => (
  <List perPage={25}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="username" />
      <TextField source="displayName" />
      <TextField source="role" />
      <ReferenceField source="departmentId" reference="departments" emptyText="—" />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

export default UserList;
