import { BooleanField, List, NumberField, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { WordsField } from '../common/WordsField';
import { TrainingPanel } from '../training/TrainingPanel';

/** The category taxonomy with its keyword rules, and the classifier's training beside it. */
const CategoryList = () => (
  <List
    actions={<ListActions />}
    aside={<TrainingPanel />}
    sort={{ field: 'sortOrder', order: 'ASC' }}
    perPage={50}
  >
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.name,
        secondaryText: <WordsField source="keywords" max={4} />,
        tertiaryText: <BooleanField source="active" />,
      }}
      rowClick="edit"
      bulkActionButtons={false}
    >
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="nameEn" emptyText="—" />
      <WordsField source="keywords" />
      <NumberField source="sortOrder" />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default CategoryList;
