import { Create } from 'react-admin';
import { RiskRuleForm } from './RiskRuleForm';

const RiskRuleCreate = () => (
  <Create redirect="list">
    <RiskRuleForm />
  </Create>
);

export default RiskRuleCreate;
