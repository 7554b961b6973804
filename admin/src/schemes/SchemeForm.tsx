import { messageChannels, SchemeCreateSchema } from '@desk/core';
import { Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  BooleanInput,
  NumberInput,
  ReferenceArrayInput,
  SelectArrayInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';
import { SchemePreview } from './SchemePreview';

/** The analyst's form: any region word AND any subject word AND any event word, none of the exclusions. */
export const SchemeForm = () => {
  const translate = useTranslate();
  const choices = useEnumChoices();
  return (
    <SimpleForm
      validate={zodValidate(SchemeCreateSchema)}
      defaultValues={{
        regionWords: [],
        subjectWords: [],
        eventWords: [],
        excludeWords: [],
        sourceIds: [],
        channels: [],
        regions: [],
        alertThreshold: 0,
        active: true,
      }}
    >
      <TextInput source="name" />
      <TextInput source="description" multiline fullWidth />
      <Typography variant="caption" color="text.secondary">
        {translate('desk.schemes.logic')}
      </Typography>
      <TextArrayInput source="regionWords" fullWidth />
      <TextArrayInput source="subjectWords" fullWidth />
      <TextArrayInput source="eventWords" fullWidth />
      <TextArrayInput source="excludeWords" fullWidth />
      <ReferenceArrayInput source="sourceIds" reference="sources">
        <AutocompleteArrayInput optionText="name" fullWidth />
      </ReferenceArrayInput>
      <SelectArrayInput source="channels" choices={choices('messageChannel', messageChannels)} />
      <TextArrayInput source="regions" fullWidth />
      <NumberInput source="alertThreshold" />
      <BooleanInput source="active" />
      <SchemePreview />
    </SimpleForm>
  );
};
