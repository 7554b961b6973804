import { Edit } from 'react-admin';
import { RiskRuleForm } from './RiskRuleForm';

const RiskRuleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <RiskRuleForm />
  </Edit>
);

export default RiskRuleEdit;
