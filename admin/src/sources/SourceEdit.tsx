import { Edit } from 'react-admin';
import { SourceForm } from './SourceForm';
import { sourceBody } from './sourceBody';

/** Only the editable fields go to the API; a cleared encoding or mapping is sent as null to remove it. */
const pick = (values: Record<string, unknown>) => {
  const { name, url, intervalSeconds, encoding, mapping, html, sitemap } = sourceBody(values);
  const settings =
    values.type === 'html'
      ? { html }
      : values.type === 'sitemap'
        ? { sitemap: sitemap ?? null }
        : { mapping: mapping ?? null };
  return { name, url, intervalSeconds, encoding: encoding ?? null, enabled: values.enabled, ...settings };
};

const SourceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={pick}>
    <SourceForm edit />
  </Edit>
);

export default SourceEdit;
