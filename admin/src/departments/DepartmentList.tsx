import { BooleanField, List, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';

const DepartmentList = () => (
  <List sort={{ field: 'id', order: 'ASC' }} perPage={25} actions={<ListActions />}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.name,
        secondaryText: (r) => r.code,
        tertiaryText: <BooleanField source="active" />,
      }}
      bulkActionButtons={false}
      rowClick="edit"
    >
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="nameEn" emptyText="—" />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default DepartmentList;
