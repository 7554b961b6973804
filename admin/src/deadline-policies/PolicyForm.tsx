import { caseTypes, clockUnits, DeadlinePolicyCreateSchema, severities } from '@desk/core';
import {
  ArrayInput,
  BooleanInput,
  NumberInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';

export const PolicyForm = () => {
  const choices = useEnumChoices();
  return (
    <SimpleForm
      validate={zodValidate(DeadlinePolicyCreateSchema)}
      defaultValues={{
        jurisdiction: 'default',
        unit: 'working-days',
        targets: [{ key: 'answer', amount: 15 }],
      }}
    >
      <TextInput source="label" fullWidth />
      <TextInput source="jurisdiction" />
      <SelectInput source="caseType" choices={choices('caseType', caseTypes)} />
      <SelectInput source="severity" choices={choices('severity', severities)} emptyText="desk.common.all" />
      <SelectInput source="unit" choices={choices('clockUnit', clockUnits)} />
      <ArrayInput source="targets">
        <SimpleFormIterator inline>
          <TextInput source="key" helperText={false} />
          <NumberInput source="amount" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <NumberInput source="maxExtensions" />
      <NumberInput source="maxExtensionAmount" />
      <BooleanInput source="notifyLeader" />
      <TextInput source="basis" fullWidth />
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
