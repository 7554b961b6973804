import { Edit } from 'react-admin';
import { PolicyForm } from './PolicyForm';

const PolicyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <PolicyForm />
  </Edit>
);

export default PolicyEdit;
