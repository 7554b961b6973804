import { Edit } from 'react-admin';
import { ShiftForm } from './ShiftForm';

const ShiftEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <ShiftForm />
  </Edit>
);

export default ShiftEdit;
