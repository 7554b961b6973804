import { BooleanField, Datagrid, List, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';

const DepartmentList = () => (
  <List sort={{ field: 'id', order: 'ASC' }} perPage={25} actions={<ListActions />}>
    <Datagrid bulkActionButtons={false} rowClick="edit">
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="nameEn" emptyText="—" />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

export default DepartmentList;
