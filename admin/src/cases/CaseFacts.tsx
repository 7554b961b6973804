import { Box, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  ChipField,
  ReferenceArrayField,
  ReferenceField,
  SingleFieldList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTime } from '../common/DateTime';
import { EnumField } from '../common/EnumField';
import { MaskedContact } from '../common/MaskedContact';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 160 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`resources.cases.fields.${label}`)}
      </Typography>
      <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
  );
};

/** Type, channel, departments, dates and the (masked) contact of the case. */
export const CaseFacts = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      <Divider sx={{ my: 2 }} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <Fact label="type">
          <EnumField source="type" kind="caseType" />
        </Fact>
        {record.severity ? (
          <Fact label="severity">
            <EnumField source="severity" kind="severity" />
          </Fact>
        ) : null}
        <Fact label="channel">
          <EnumField source="channel" kind="caseChannel" />
        </Fact>
        <Fact label="receivedAt">
          <DateTime source="receivedAt" />
        </Fact>
        <Fact label="leadDepartmentId">
          <ReferenceField source="leadDepartmentId" reference="departments" emptyText="—" link={false} />
        </Fact>
        {record.coDepartmentIds?.length ? (
          <Fact label="coDepartmentIds">
            <ReferenceArrayField source="coDepartmentIds" reference="departments">
              <SingleFieldList linkType={false}>
                <ChipField source="name" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          </Fact>
        ) : null}
        {record.messageId ? (
          <Fact label="messageId">
            <ReferenceField source="messageId" reference="messages" link="show" emptyText="—" />
          </Fact>
        ) : null}
        {record.eventId ? (
          <Fact label="eventId">
            <ReferenceField source="eventId" reference="events" link="show" emptyText="—" />
          </Fact>
        ) : null}
        <Fact label="contact">
          <MaskedContact resource="cases" />
        </Fact>
      </Box>
    </>
  );
};
