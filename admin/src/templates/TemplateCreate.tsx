import { Create } from 'react-admin';
import { TemplateForm } from './TemplateForm';

const TemplateCreate = () => (
  <Create redirect="list">
    <TemplateForm />
  </Create>
);

export default TemplateCreate;
