import { RoutingRuleCreateSchema } from '@desk/core';
import {
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
} from 'react-admin';
import { zodValidate } from '../common/zodValidate';

export const RuleForm = () => (
  <SimpleForm
    validate={zodValidate(RoutingRuleCreateSchema)}
    defaultValues={{ keywords: [], regions: [], priority: 0, active: true }}
  >
    <TextInput source="name" />
    <ReferenceInput source="departmentId" reference="departments" perPage={100}>
      <SelectInput optionText="name" />
    </ReferenceInput>
    <ReferenceInput source="topic" reference="categories" perPage={100}>
      <SelectInput optionText="name" optionValue="name" />
    </ReferenceInput>
    <ReferenceInput source="schemeId" reference="schemes" perPage={100}>
      <SelectInput optionText="name" />
    </ReferenceInput>
    <TextArrayInput source="keywords" fullWidth />
    <TextArrayInput source="regions" fullWidth />
    <NumberInput source="priority" />
    <BooleanInput source="active" />
  </SimpleForm>
);
