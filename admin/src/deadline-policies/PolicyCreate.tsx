import { Create } from 'react-admin';
import { PolicyForm } from './PolicyForm';

const PolicyCreate = () => (
  <Create redirect="list">
    <PolicyForm />
  </Create>
);

export default PolicyCreate;
