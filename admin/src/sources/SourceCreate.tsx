import { Create } from 'react-admin';
import { SourceForm } from './SourceForm';
import { sourceBody } from './sourceBody';

const SourceCreate = () => (
  <Create redirect="list" transform={(values: Record<string, unknown>) => sourceBody(values)}>
    <SourceForm />
  </Create>
);

export default SourceCreate;
