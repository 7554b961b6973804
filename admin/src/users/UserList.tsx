import { BooleanField, List, ReferenceField, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';

const UserList = () => (
  <List perPage={25} actions={<ListActions />}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.displayName,
        secondaryText: (
          <PhoneLine>
            <TextField source="username" />
            <ReferenceField source="departmentId" reference="departments" emptyText="" link={false} />
          </PhoneLine>
        ),
        tertiaryText: <EnumField source="role" kind="role" />,
      }}
      bulkActionButtons={false}
      rowClick="edit"
    >
      <TextField source="username" />
      <TextField source="displayName" />
      <EnumField source="role" kind="role" chip />
      <ReferenceField source="departmentId" reference="departments" emptyText="—" link={false} />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default UserList;
