import { BooleanField, List, NumberField, TextField } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { WordsField } from '../common/WordsField';

/** Monitoring schemes: region AND subject AND event words, NOT exclusion words. */
const SchemeList = () => (
  <List actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.name,
        secondaryText: <WordsField source="subjectWords" max={4} />,
        tertiaryText: <NumberField source="hits" />,
      }}
      rowClick="show"
      bulkActionButtons={false}
    >
      <TextField source="name" />
      <WordsField source="regionWords" max={4} />
      <WordsField source="subjectWords" max={4} />
      <WordsField source="eventWords" max={4} />
      <WordsField source="excludeWords" max={3} color="error" />
      <NumberField source="hits" />
      <NumberField source="alertThreshold" />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default SchemeList;
