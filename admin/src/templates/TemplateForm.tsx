import { caseStatuses, caseTypes, TemplateCreateSchema, templatePlaceholders } from '@desk/core';
import { Typography } from '@mui/material';
import { BooleanInput, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';

/** One form for create and edit, validated by the API's own schema. */
export const TemplateForm = () => {
  const choices = useEnumChoices();
  const translate = useTranslate();
  return (
    <SimpleForm validate={zodValidate(TemplateCreateSchema)}>
      <TextInput source="name" fullWidth />
      <SelectInput source="caseType" choices={choices('caseType', caseTypes)} emptyText="desk.common.all" />
      <SelectInput
        source="status"
        choices={choices('caseStatus', caseStatuses)}
        emptyText="desk.common.all"
      />
      <TextInput source="body" multiline minRows={8} fullWidth />
      <Typography variant="caption" color="text.secondary">
        {translate('desk.templates.placeholders')}
        {templatePlaceholders.map((p) => `{{${p}}}`).join('  ')}
      </Typography>
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
