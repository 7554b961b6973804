import { type CaseAction, type CaseActionInput, caseActionDefinitions } from '@desk/core';
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

/** The react-admin input for one field, as core's case action definition describes it. */
function fieldInput(source: string, input: CaseActionInput, choices: Choices): ReactNode {
  if (typeof input === 'object')
    return (
      <SelectInput key={source} source={source} choices={choices(input.choose, input.values)} fullWidth />
    );
  switch (input) {
    case 'text':
      return <TextInput key={source} source={source} multiline minRows={2} fullWidth />;
    case 'line':
      return <TextInput key={source} source={source} fullWidth />;
    case 'department':
      return (
        <ReferenceInput key={source} source={source} reference="departments" perPage={100}>
          <SelectInput optionText="name" fullWidth />
        </ReferenceInput>
      );
    case 'departments':
      return (
        <ReferenceArrayInput key={source} source={source} reference="departments" perPage={100}>
          <AutocompleteArrayInput optionText="name" fullWidth />
        </ReferenceArrayInput>
      );
    case 'case':
      return <NumberInput key={source} source={source} fullWidth />;
    case 'working-days':
      return <NumberInput key={source} source={source} min={1} max={60} fullWidth />;
    case 'datetime':
      return <DeskDateTimeInput key={source} source={source} fullWidth />;
    case 'preset':
      return null;
  }
}

/** The inputs of a workflow action, derived from its definition (`caseActionDefinitions`). */
export function actionInputs(action: CaseAction, choices: Choices): ReactNode[] {
  const inputs: Readonly<Record<string, CaseActionInput>> = caseActionDefinitions[action].inputs;
  return Object.entries(inputs)
    .map(([source, input]) => fieldInput(source, input, choices))
    .filter((node) => node !== null);
}
