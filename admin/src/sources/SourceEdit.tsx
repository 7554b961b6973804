import { Edit } from 'react-admin';
import { SourceForm } from './SourceForm';

/** Only the editable fields go to the API (its update schema is strict about the rest). */
const pick = ({ name, url, intervalSeconds, encoding, mapping, enabled }: Record<string, unknown>) => ({
  name,
  url,
  intervalSeconds,
  encoding: encoding || null,
  mapping: mapping ?? null,
  enabled,
});

const SourceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={pick}>
    <SourceForm edit />
  </Edit>
);

export default SourceEdit;
