import { BooleanField, Datagrid, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { WordsField } from '../common/WordsField';

const levelColor = (level: string) => (level === 'red' ? 'error' : level === 'orange' ? 'warning' : 'info');

/** Risk rules (研判): any live mention of a word marks the message and alerts the officer on duty. */
const RiskRuleList = () => (
  <List actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <EnumField source="level" kind="level" chip color={levelColor} />
      <WordsField source="words" max={6} />
      <WordsField source="excludeWords" max={3} color="error" />
      <BooleanField source="active" />
    </Datagrid>
  </List>
);

export default RiskRuleList;
