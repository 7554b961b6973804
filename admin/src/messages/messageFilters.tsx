import {
  alertLevels,
  inquiryTypes,
  messageChannels,
  messageStatuses,
  sentimentLabelValues,
} from '@desk/core';
import { DateInput, ReferenceInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { useEnumChoices } from '../common/EnumField';

/** Full text plus the facets of MessageListFilterSchema (the API rejects any other key). */
export const useMessageFilters = () => {
  const choices = useEnumChoices();
  return [
    <SearchInput key="q" source="q" alwaysOn data-testid="message-search" />,
    <SelectInput
      key="sentiment"
      source="sentimentLabel"
      choices={choices('sentiment', sentimentLabelValues)}
    />,
    <SelectInput key="risk" source="riskLevel" choices={choices('level', alertLevels)} />,
    <SelectInput key="channel" source="channel" choices={choices('messageChannel', messageChannels)} />,
    <SelectInput key="status" source="status" choices={choices('messageStatus', messageStatuses)} />,
    <SelectInput key="inquiryType" source="inquiryType" choices={choices('caseType', inquiryTypes)} />,
    <ReferenceInput key="source" source="sourceId" reference="sources" perPage={100}>
      <SelectInput optionText="name" />
    </ReferenceInput>,
    <TextInput key="region" source="region" />,
    <TextInput key="topic" source="topic" />,
    <DateInput key="from" source="from" />,
    <DateInput key="to" source="to" />,
  ];
};
