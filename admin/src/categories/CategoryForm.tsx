import { CategoryCreateSchema } from '@desk/core';
import { BooleanInput, NumberInput, SimpleForm, TextArrayInput, TextInput } from 'react-admin';
import { zodValidate } from '../common/zodValidate';

export const CategoryForm = () => (
  <SimpleForm
    validate={zodValidate(CategoryCreateSchema)}
    defaultValues={{ active: true, keywords: [], sortOrder: 0 }}
  >
    <TextInput source="name" />
    <TextInput source="code" />
    <TextInput source="nameEn" />
    <TextArrayInput source="keywords" fullWidth />
    <NumberInput source="sortOrder" />
    <BooleanInput source="active" />
  </SimpleForm>
);
