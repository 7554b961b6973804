import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { NumberField, ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { EnumField } from '../common/EnumField';

const Fact = ({ field, children }: { field: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, py: 0.25 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 84 }}>
        {translate(`resources.messages.fields.${field}`)}
      </Typography>
      <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
  );
};

/** Where the message came from and what the pipeline found in it. */
export const MessageFacts = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <>
      <Fact field="sourceId">
        <ReferenceField source="sourceId" reference="sources" link={false} emptyText="—" />
      </Fact>
      <Fact field="channel">
        <EnumField source="channel" kind="messageChannel" />
      </Fact>
      {record.inquiryType ? (
        <Fact field="inquiryType">
          <EnumField source="inquiryType" kind="caseType" />
        </Fact>
      ) : null}
      <Fact field="author">{record.author ?? '—'}</Fact>
      <Fact field="publishedAt">
        <DateTime source="publishedAt" emptyText="—" />
      </Fact>
      <Fact field="receivedAt">
        <DateTime source="receivedAt" />
      </Fact>
      <Fact field="keywords">{(record.keywords ?? []).join('、') || '—'}</Fact>
      <Fact field="likes">
        <NumberField source="likes" /> / <NumberField source="replies" />
      </Fact>
      <Fact field="status">
        <EnumField source="status" kind="messageStatus" />
      </Fact>
      {record.duplicateCount ? <Fact field="duplicateCount">{record.duplicateCount}</Fact> : null}
      {record.eventId ? (
        <Fact field="eventId">
          <ReferenceField source="eventId" reference="events" link="show" />
        </Fact>
      ) : null}
    </>
  );
};
