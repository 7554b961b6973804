import { type CaseAction, milestoneKeys, satisfactionLevels, suspendReasons } from '@desk/core';
import type { ReactNode } from 'react';
import {
  AutocompleteArrayInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { DeskDateTimeInput } from '../../common/DateTime';

type Choices = (kind: string, values: readonly string[]) => { id: string; name: string }[];

const text = (source: string, multiline = true) => (
  <TextInput
    key={source}
    source={source}
    multiline={multiline}
    minRows={multiline ? 2 : undefined}
    fullWidth
  />
);
const department = (source: string) => (
  <ReferenceInput key={source} source={source} reference="departments" perPage={100}>
    <SelectInput optionText="name" fullWidth />
  </ReferenceInput>
);
const coDepartments = (
  <ReferenceArrayInput key="co" source="coDepartmentIds" reference="departments" perPage={100}>
    <AutocompleteArrayInput optionText="name" fullWidth />
  </ReferenceArrayInput>
);

/** The inputs of each workflow action; names and rules follow core's caseActionPayloads. */
export function actionInputs(action: CaseAction, choices: Choices): ReactNode[] {
  switch (action) {
    case 'assign':
      return [department('departmentId'), coDepartments, text('note')];
    case 'reassign':
      return [department('departmentId'), coDepartments, text('reason')];
    case 'return':
      return [text('reason')];
    case 'reject':
    case 'approve':
      return [text('comment')];
    case 'merge':
      return [<NumberInput key="intoId" source="intoId" fullWidth />, text('note')];
    case 'suspend':
      return [
        <SelectInput
          key="reason"
          source="reason"
          choices={choices('suspendReason', suspendReasons)}
          fullWidth
        />,
        text('party', false),
        text('note'),
      ];
    case 'extend':
      return [
        <NumberInput key="wd" source="workingDays" min={1} max={60} fullWidth />,
        text('approver', false),
        text('reason'),
      ];
    case 'request-supplement':
      return [text('items'), text('note')];
    case 'receive-supplement':
      return [<DeskDateTimeInput key="at" source="receivedAt" fullWidth />, text('note')];
    case 'milestone':
      return [
        <SelectInput key="key" source="key" choices={choices('milestone', milestoneKeys)} fullWidth />,
        text('url', false),
        text('note'),
      ];
    case 'follow-up':
      return [
        <SelectInput
          key="s"
          source="satisfaction"
          choices={choices('satisfaction', satisfactionLevels)}
          fullWidth
        />,
        text('note'),
      ];
    case 'publish':
      return [];
    default:
      return [text('note')];
  }
}
