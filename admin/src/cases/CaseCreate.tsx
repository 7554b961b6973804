import { CaseCreateSchema, caseTypes, channels, severities } from '@desk/core';
import { Stack } from '@mui/material';
import {
  Create,
  FormDataConsumer,
  Labeled,
  ReferenceField,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { DeskDateTimeInput } from '../common/DateTime';
import { useEnumChoices } from '../common/EnumField';
import { dropEmpty, zodValidate } from '../common/zodValidate';
import { CaseFormProposal } from './CaseFormProposal';

/**
 * A case from a message or an event (prefilled through `?source=` by the message and event pages), or
 * typed in by the duty officer. The routing proposal is shown as the form is filled, and on the case page.
 */
const CaseCreate = () => {
  const choices = useEnumChoices();
  return (
    <Create redirect="show" transform={(data: Record<string, unknown>) => dropEmpty(data)}>
      <SimpleForm
        validate={zodValidate(CaseCreateSchema)}
        defaultValues={{ type: 'opinion', channel: 'monitoring' }}
      >
        <SelectInput source="type" choices={choices('caseType', caseTypes)} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.type === 'opinion' ? (
              <SelectInput source="severity" choices={choices('severity', severities)} />
            ) : null
          }
        </FormDataConsumer>
        <TextInput source="title" fullWidth />
        <TextInput source="body" multiline minRows={4} fullWidth />
        <SelectInput source="channel" choices={choices('caseChannel', channels)} />
        <DeskDateTimeInput source="receivedAt" />
        <FormDataConsumer>
          {({ formData }) => (
            <Stack direction="row" spacing={3} sx={{ mb: 1 }}>
              {formData.messageId ? (
                <Labeled source="messageId">
                  <ReferenceField source="messageId" reference="messages" record={formData} link="show" />
                </Labeled>
              ) : null}
              {formData.eventId ? (
                <Labeled source="eventId">
                  <ReferenceField source="eventId" reference="events" record={formData} link="show" />
                </Labeled>
              ) : null}
            </Stack>
          )}
        </FormDataConsumer>
        <FormDataConsumer>{({ formData }) => <CaseFormProposal formData={formData} />}</FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};

export default CaseCreate;
