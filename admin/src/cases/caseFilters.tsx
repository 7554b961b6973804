import { caseStatuses, caseTypes, severities } from '@desk/core';
import { BooleanInput, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { useEnumChoices } from '../common/EnumField';

/** Filters of the case list; names match the API's CaseFilterSchema. */
export const useCaseFilters = (scoped: boolean) => {
  const choices = useEnumChoices();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={choices('caseStatus', caseStatuses)} alwaysOn />,
    <SelectInput key="type" source="type" choices={choices('caseType', caseTypes)} />,
    <SelectInput key="severity" source="severity" choices={choices('severity', severities)} />,
    ...(scoped
      ? []
      : [
          <ReferenceInput key="lead" source="leadDepartmentId" reference="departments" perPage={100}>
            <SelectInput optionText="name" />
          </ReferenceInput>,
        ]),
    <NullableBooleanInput
      key="open"
      source="open"
      trueLabel="desk.cases.progress.open"
      falseLabel="desk.cases.progress.completed"
      nullLabel="desk.cases.progress.all"
      alwaysOn
    />,
    <BooleanInput key="overdue" source="overdue" />,
    <BooleanInput key="dueSoon" source="dueSoon" />,
  ];
};
