import { Chip } from '@mui/material';
import { List, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';

/** "On duty now" beside the shift that covers this moment: that officer receives the alerts. */
const OnDuty = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const now = Date.now();
  const current = new Date(record.startsAt).getTime() <= now && now < new Date(record.endsAt).getTime();
  return current ? <Chip size="small" color="success" label={translate('desk.shifts.on_duty')} /> : null;
};

/** The duty rota (值班表). */
const ShiftList = () => (
  <List actions={<ListActions />} sort={{ field: 'startsAt', order: 'DESC' }}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.displayName,
        secondaryText: (
          <PhoneLine>
            <DateTime source="startsAt" />
            <span>→</span>
            <DateTime source="endsAt" />
          </PhoneLine>
        ),
        tertiaryText: <OnDuty />,
      }}
      rowClick="edit"
      bulkActionButtons={false}
    >
      <TextField source="displayName" label="resources.shifts.fields.userId" />
      <DateTime source="startsAt" />
      <DateTime source="endsAt" />
      <OnDuty label="desk.shifts.on_duty" />
      <TextField source="email" emptyText="—" />
      <TextField source="note" emptyText="—" />
    </ResponsiveDatagrid>
  </List>
);

export default ShiftList;
