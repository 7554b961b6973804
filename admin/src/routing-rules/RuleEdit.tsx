import { Edit } from 'react-admin';
import { RuleForm } from './RuleForm';

const RuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <RuleForm />
  </Edit>
);

export default RuleEdit;
