import { placeKinds } from '@desk/core';
import {
  AutocompleteInput,
  BooleanField,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
} from 'react-admin';
import { EnumField, useEnumChoices } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { WordsField } from '../common/WordsField';

/** Divisions a place can sit in (the parent filter offers only these). */
export const divisionFilter = { kind: ['district', 'subdistrict', 'community'] };

/** The gazetteer: districts, streets and towns, communities, roads, compounds and landmarks. */
const PlaceList = () => {
  const choices = useEnumChoices();
  const filters = [
    <TextInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={choices('placeKind', placeKinds)} alwaysOn />,
    <ReferenceInput key="parentId" source="parentId" reference="places" filter={divisionFilter}>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>,
  ];
  return (
    <List actions={<ListActions />} filters={filters} sort={{ field: 'kind', order: 'ASC' }} perPage={50}>
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => r.name,
          secondaryText: (
            <PhoneLine>
              <EnumField source="kind" kind="placeKind" />
              <ReferenceField source="parentId" reference="places" link={false} emptyText="" />
            </PhoneLine>
          ),
          tertiaryText: <BooleanField source="active" />,
        }}
        rowClick="edit"
        bulkActionButtons={false}
      >
        <TextField source="name" />
        <EnumField source="kind" kind="placeKind" />
        <ReferenceField source="parentId" reference="places" link={false} emptyText="—" />
        <WordsField source="aliases" max={4} />
        <BooleanField source="active" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default PlaceList;
