import { ChipField, ReferenceArrayField, Show, SimpleShowLayout, SingleFieldList } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { SafeTextField } from '../common/SafeText';

const HandoverShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateTime source="createdAt" />
      <SafeTextField source="summary" />
      <ReferenceArrayField source="openAlertIds" reference="alerts">
        <SingleFieldList>
          <ChipField source="title" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <ReferenceArrayField source="openEventIds" reference="events">
        <SingleFieldList>
          <ChipField source="title" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <DateTime source="acknowledgedAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export default HandoverShow;
