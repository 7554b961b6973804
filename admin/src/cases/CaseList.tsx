import { List, ReferenceField, TextField, useTranslate } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { DeadlineField } from '../common/DeadlineCountdown';
import { EnumField, useEnumLabel } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { SafeTextField } from '../common/SafeText';
import { useActor } from '../providers/useActor';
import { useCaseFilters } from './caseFilters';
import { caseExportColumns } from './exportColumns';

/** Default view per role: a handler's open inbox, a reviewer's queue, everything for the desk. */
const defaultFilter: Record<string, Record<string, unknown>> = {
  handler: { open: true },
  reviewer: { status: 'in-review' },
  duty: { open: true },
};

const CaseList = () => {
  const role = useActor()?.role;
  const filters = useCaseFilters(role === 'handler');
  const label = useEnumLabel();
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      filterDefaultValues={role ? defaultFilter[role] : undefined}
      sort={{ field: 'dueAt', order: 'ASC' }}
      actions={<ListActions filters columns={caseExportColumns(label, translate)} />}
    >
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => r.title,
          secondaryText: (
            <PhoneLine>
              <TextField source="code" />
              <EnumField source="status" kind="caseStatus" chip />
              <ReferenceField source="leadDepartmentId" reference="departments" emptyText="" link={false} />
            </PhoneLine>
          ),
          tertiaryText: <DeadlineField />,
        }}
        rowClick="show"
        bulkActionButtons={false}
      >
        <TextField source="code" />
        <SafeTextField source="title" clamp={2} />
        <EnumField source="type" kind="caseType" />
        <EnumField source="severity" kind="severity" />
        <EnumField source="status" kind="caseStatus" chip />
        <ReferenceField source="leadDepartmentId" reference="departments" emptyText="—" link={false} />
        <DeadlineField label="resources.cases.fields.dueAt" sortBy="dueAt" />
        <DateTime source="receivedAt" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default CaseList;
