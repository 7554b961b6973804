import { Edit } from 'react-admin';
import { TemplateForm } from './TemplateForm';

const TemplateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <TemplateForm />
  </Edit>
);

export default TemplateEdit;
