import { BooleanField, List, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';

/** "5 h 发布权威信息 · 24 h 新闻发布会" from the policy's targets. */
const TargetsField = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const unit = translate(`desk.enum.clockUnit.${record.unit}`);
  return (
    <span>
      {(record.targets as { key: string; amount: number }[])
        .map((t) => `${t.amount} ${unit} ${translate(`desk.enum.milestone.${t.key}`, { _: t.key })}`)
        .join(' · ')}
    </span>
  );
};

/** Deadline policies per case type (and severity): the statutory defaults, editable by the administrator. */
const PolicyList = () => (
  <List actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }} perPage={50}>
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.label,
        secondaryText: (
          <PhoneLine>
            <EnumField source="caseType" kind="caseType" />
            <EnumField source="severity" kind="severity" />
          </PhoneLine>
        ),
        tertiaryText: <BooleanField source="active" />,
      }}
      rowClick="edit"
      bulkActionButtons={false}
    >
      <TextField source="label" />
      <TextField source="jurisdiction" />
      <EnumField source="caseType" kind="caseType" />
      <EnumField source="severity" kind="severity" />
      <TargetsField label="resources.deadline-policies.fields.targets" />
      <NumberField source="maxExtensions" />
      <NumberField source="maxExtensionAmount" />
      <TextField source="basis" />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

export default PolicyList;
