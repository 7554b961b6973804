import { BooleanField, Datagrid, List, TextField } from 'react-admin';

export const DepartmentList = () => (
  <List sort={{ field: 'id', order: 'ASC' }} perPage={25}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="nameEn" />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

export default DepartmentList;
