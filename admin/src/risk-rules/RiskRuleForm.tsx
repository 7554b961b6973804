import { alertLevels, RiskRuleCreateSchema } from '@desk/core';
import { Typography } from '@mui/material';
import { BooleanInput, SelectInput, SimpleForm, TextArrayInput, TextInput, useTranslate } from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';

/** Name, level and words of a rule; negated and reported mentions never fire (shown as a hint). */
export const RiskRuleForm = () => {
  const translate = useTranslate();
  const choices = useEnumChoices();
  return (
    <SimpleForm
      validate={zodValidate(RiskRuleCreateSchema)}
      defaultValues={{ level: 'orange', words: [], excludeWords: [], active: true }}
    >
      <TextInput source="name" />
      <TextInput source="description" multiline fullWidth />
      <SelectInput source="level" choices={choices('level', alertLevels)} />
      <Typography variant="caption" color="text.secondary">
        {translate('desk.risk.logic')}
      </Typography>
      <TextArrayInput source="words" fullWidth />
      <TextArrayInput source="excludeWords" fullWidth />
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
