import { Create } from 'react-admin';
import { ShiftForm } from './ShiftForm';

const ShiftCreate = () => (
  <Create redirect="list">
    <ShiftForm />
  </Create>
);

export default ShiftCreate;
