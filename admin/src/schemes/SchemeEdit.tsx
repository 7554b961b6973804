import { Edit } from 'react-admin';
import { SchemeForm } from './SchemeForm';

const SchemeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SchemeForm />
  </Edit>
);

export default SchemeEdit;
