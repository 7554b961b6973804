import { pulledSourceTypes, SourceCreateSchema, SourceUpdateSchema } from '@desk/core';
import { BooleanInput, NumberInput, SelectInput, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';

const parseMapping = (value: string) => {
  if (!value?.trim()) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value; // left as text: the schema reports it
  }
};
const formatMapping = (value: unknown) =>
  value && typeof value === 'object' ? JSON.stringify(value, null, 1) : ((value as string) ?? '');

/** RSS / Atom / JSON feed; the JSON field mapping is edited as JSON text. */
export const SourceForm = ({ edit }: { edit?: boolean }) => {
  const choices = useEnumChoices();
  const translate = useTranslate();
  return (
    <SimpleForm
      validate={zodValidate(edit ? SourceUpdateSchema : SourceCreateSchema)}
      defaultValues={{ type: 'rss', intervalSeconds: 300 }}
    >
      <TextInput source="name" />
      {edit ? null : <SelectInput source="type" choices={choices('sourceType', pulledSourceTypes)} />}
      <TextInput source="url" fullWidth />
      <NumberInput source="intervalSeconds" min={60} />
      <TextInput source="encoding" helperText="gbk, gb18030, big5, utf-8" />
      <TextInput
        source="mapping"
        multiline
        fullWidth
        parse={parseMapping}
        format={formatMapping}
        helperText={translate('desk.sources.mapping_help')}
      />
      {edit ? <BooleanInput source="enabled" /> : null}
    </SimpleForm>
  );
};
