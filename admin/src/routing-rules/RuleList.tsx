import { BooleanField, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { WordsField } from '../common/WordsField';

/** Routing rules, highest priority first: category / scheme / keywords / region → department. */
const RuleList = () => (
  <List actions={<ListActions />} sort={{ field: 'priority', order: 'DESC' }} perPage={50}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.name,
        secondaryText: <ReferenceField source="departmentId" reference="departments" link={false} />,
        tertiaryText: (r) => r.priority,
      }}
      rowClick="edit"
      bulkActionButtons={false}
    >
      <NumberField source="priority" />
      <TextField source="name" />
      <TextField source="topic" emptyText="—" />
      <ReferenceField source="schemeId" reference="schemes" link={false} emptyText="—" />
      <WordsField source="keywords" max={5} />
      <WordsField source="regions" max={4} />
      <ReferenceField source="departmentId" reference="departments" link={false} />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default RuleList;
