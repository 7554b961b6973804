import { Create } from 'react-admin';
import { SourceForm } from './SourceForm';

const SourceCreate = () => (
  <Create redirect="list">
    <SourceForm />
  </Create>
);

export default SourceCreate;
