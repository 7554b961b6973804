import { eventStatuses } from '@desk/core';
import { List, NumberField, SearchInput, SelectInput, useListContext, useRecordContext } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { EnumField, useEnumChoices } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { SafeTextField } from '../common/SafeText';
import { WordsField } from '../common/WordsField';
import { HotnessHelp } from './HotnessHelp';
import { MergeEventsButton } from './MergeEventsButton';
import { TrendSparkline } from './Sparkline';

const NegativeShare = (_: { label?: string }) => {
  const record = useRecordContext();
  if (!record?.messageCount) return <span>—</span>;
  return <span>{Math.round((100 * record.negativeCount) / record.messageCount)}%</span>;
};

/** 级别 on a phone card, only once the event has one. */
const GradedLevel = () => {
  const record = useRecordContext();
  return record?.severity ? <EnumField source="severity" kind="eventSeverity" /> : null;
};

/**
 * The board's rows. 级别 is set by the duty officer on the event page; a column of dashes says nothing, so
 * it is shown only when an event on the page has a level.
 */
const EventGrid = () => {
  const { data = [] } = useListContext();
  const graded = data.some((r) => r.severity);
  return (
    <ResponsiveDatagrid
      phone={{
        primaryText: (r) => r.title,
        secondaryText: (
          <PhoneLine>
            <EnumField source="status" kind="eventStatus" chip />
            <GradedLevel />
            <NumberField source="messageCount" />
            <DateTime source="lastSeenAt" />
          </PhoneLine>
        ),
        tertiaryText: <NumberField source="hotness" options={{ maximumFractionDigits: 1 }} />,
      }}
      rowClick="show"
      bulkActionButtons={<MergeEventsButton />}
    >
      <NumberField source="hotness" options={{ maximumFractionDigits: 1 }} />
      <SafeTextField source="title" clamp={2} />
      <TrendSparkline label="resources.events.fields.trend" />
      <WordsField source="keywords" max={5} />
      <NumberField source="messageCount" />
      <NegativeShare label="resources.events.fields.negativeShare" />
      {graded ? <EnumField source="severity" kind="eventSeverity" /> : null}
      <EnumField source="status" kind="eventStatus" chip />
      <DateTime source="lastSeenAt" />
    </ResponsiveDatagrid>
  );
};

/** The hotspot board: events ranked by the published hotness formula, with their trend. */
const EventList = () => {
  const choices = useEnumChoices();
  return (
    <List
      filters={[
        <SearchInput key="q" source="q" alwaysOn />,
        <SelectInput key="status" source="status" choices={choices('eventStatus', eventStatuses)} alwaysOn />,
      ]}
      sort={{ field: 'hotness', order: 'DESC' }}
      actions={
        <ListActions filters>
          <HotnessHelp />
        </ListActions>
      }
    >
      <EventGrid />
    </List>
  );
};

export default EventList;
