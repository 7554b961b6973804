import { DeleteButton, List, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { ListActions } from '../common/ListActions';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid';

const Revoke = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || record.revokedAt) return <span>{translate('desk.apiKeys.revoked')}</span>;
  return <DeleteButton label={translate('desk.apiKeys.revoke')} mutationMode="pessimistic" />;
};

/** Keys of machine clients (the portal); only a prefix is ever shown after creation. */
const ApiKeyList = () => (
  <List actions={<ListActions />} sort={{ field: 'id', order: 'DESC' }}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => `${r.name} (${r.prefix}…)`,
        secondaryText: <DateTime source="createdAt" />,
        tertiaryText: <Revoke />,
      }}
      bulkActionButtons={false}
    >
      <TextField source="name" />
      <TextField source="prefix" />
      <DateTime source="createdAt" />
      <DateTime source="lastUsedAt" emptyText="—" />
      <DateTime source="revokedAt" emptyText="—" />
      <Revoke label="desk.apiKeys.revoke" />
    </ResponsiveDatagrid>
  </List>
);

export default ApiKeyList;
