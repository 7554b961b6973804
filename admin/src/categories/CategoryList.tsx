import { BooleanField, Datagrid, List, NumberField, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { WordsField } from '../common/WordsField';
import { TrainingPanel } from './TrainingPanel';

/** The category taxonomy with its keyword rules, and the classifier's training beside it. */
const CategoryList = () => (
  <List
    actions={<ListActions />}
    aside={<TrainingPanel />}
    sort={{ field: 'sortOrder', order: 'ASC' }}
    perPage={50}
  >
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="nameEn" emptyText="—" />
      <WordsField source="keywords" />
      <NumberField source="sortOrder" />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

export default CategoryList;
