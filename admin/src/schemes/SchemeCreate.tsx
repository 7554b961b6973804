import { Create } from 'react-admin';
import { SchemeForm } from './SchemeForm';

const SchemeCreate = () => (
  <Create redirect="show">
    <SchemeForm />
  </Create>
);

export default SchemeCreate;
