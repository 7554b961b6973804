import { BooleanField, List, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { WordsField } from '../common/WordsField';

const levelColor = (level: string) => (level === 'red' ? 'error' : level === 'orange' ? 'warning' : 'info');

/** Risk rules (研判): any live mention of a word marks the message and alerts the officer on duty. */
const RiskRuleList = () => (
  <List actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.name,
        secondaryText: <WordsField source="words" max={4} />,
        tertiaryText: <EnumField source="level" kind="level" chip color={levelColor} />,
      }}
      rowClick="edit"
      bulkActionButtons={false}
    >
      <TextField source="name" />
      <EnumField source="level" kind="level" chip color={levelColor} />
      <WordsField source="words" max={6} />
      <WordsField source="excludeWords" max={3} color="error" />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default RiskRuleList;
