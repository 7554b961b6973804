import { Create } from 'react-admin';
import { RuleForm } from './RuleForm';

const RuleCreate = () => (
  <Create redirect="list">
    <RuleForm />
  </Create>
);

export default RuleCreate;
