import { pulledSourceTypes, SourceCreateSchema, SourceUpdateSchema } from '@desk/core';
import {
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useEnumChoices } from '../common/EnumField';
import { zodValidate } from '../common/zodValidate';
import { SourcePreview } from './SourcePreview';
import { HtmlSettings, SitemapSettings } from './WebSettings';

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

const MappingInput = () => {
  const translate = useTranslate();
  return (
    <TextInput
      source="mapping"
      multiline
      fullWidth
      parse={parseMapping}
      format={formatMapping}
      helperText={translate('desk.sources.mapping_help')}
    />
  );
};

/** The settings of the chosen type: a JSON mapping, html selectors, sitemap options; web ones can be tried. */
const TypeSettings = ({ type }: { type: string }) => {
  if (type === 'json') return <MappingInput />;
  if (type !== 'html' && type !== 'sitemap') return null;
  return (
    <>
      {type === 'html' ? <HtmlSettings /> : <SitemapSettings />}
      <SourcePreview />
    </>
  );
};

/** A feed (RSS / Atom / JSON) or web pages without a feed (html list-and-detail, sitemap). */
export const SourceForm = ({ edit }: { edit?: boolean }) => {
  const choices = useEnumChoices();
  const translate = useTranslate();
  return (
    <SimpleForm
      validate={zodValidate(edit ? SourceUpdateSchema : SourceCreateSchema)}
      defaultValues={{ type: 'rss', intervalSeconds: 300 }}
    >
      <TextInput source="name" />
      <SelectInput source="type" choices={choices('sourceType', pulledSourceTypes)} disabled={edit} />
      <TextInput source="url" fullWidth helperText={translate('desk.sources.url_help')} />
      <NumberInput source="intervalSeconds" min={60} />
      <TextInput source="encoding" helperText="gbk, gb18030, big5, utf-8" />
      <FormDataConsumer>
        {({ formData }) => <TypeSettings type={String(formData.type ?? '')} />}
      </FormDataConsumer>
      {edit ? <BooleanInput source="enabled" /> : null}
    </SimpleForm>
  );
};
