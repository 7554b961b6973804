import { PlaceCreateSchema, placeKinds } from '@desk/core';
import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';
import { divisionFilter } from './PlaceList';

/** One place: its name, level, the division it lies in (empty = city-wide) and other names people use. */
export const PlaceForm = () => {
  const choices = useEnumChoices();
  const translate = useTranslate();
  return (
    <SimpleForm
      validate={zodValidate(PlaceCreateSchema)}
      defaultValues={{ aliases: [], active: true, parentId: null }}
    >
      <TextInput source="name" />
      <SelectInput source="kind" choices={choices('placeKind', placeKinds)} />
      <ReferenceInput source="parentId" reference="places" filter={divisionFilter} perPage={50}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q) => ({ q })}
          helperText={translate('desk.places.parent_help')}
        />
      </ReferenceInput>
      <TextArrayInput source="aliases" fullWidth helperText={translate('desk.places.aliases_help')} />
      <BooleanInput source="active" />
    </SimpleForm>
  );
};
