import { Chip } from '@mui/material';
import { List, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTime } from '../common/DateTime';
import { EnumField, useEnumLabel } from '../common/EnumField';
import { ListActions } from '../common/ListActions';
import { PhoneLine, ResponsiveDatagrid } from '../common/ResponsiveDatagrid';
import { messageExportColumns } from './exportColumns';
import { MessageBulkActions } from './MessageBulkActions';
import { MessageFacets } from './MessageFacets';
import { useMessageFilters } from './messageFilters';
import { PasteLink } from './PasteLink';
import { MatchedTitle, MatchedTitleField, MatchSnippet, messagePath, SearchEmpty } from './SearchMatch';

const riskColor = (v: string) => (v === 'red' ? 'error' : v === 'orange' ? 'warning' : 'info');
const sentimentColor = (v: string) =>
  v === '负面' || v === 'negative' ? 'error' : v === '正面' || v === 'positive' ? 'success' : 'default';

/** Topic with a "needs review" mark when the classifier was unsure. */
const TopicField = (_: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.topic) return <span>—</span>;
  const unsure =
    record.topicSource !== 'confirmed' &&
    typeof record.topicConfidence === 'number' &&
    record.topicConfidence < 0.5;
  return (
    <span>
      {record.topic}
      {unsure ? (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={translate('desk.messages.needs_review')}
          sx={{ ml: 0.5 }}
        />
      ) : null}
    </span>
  );
};

/**
 * Full-text search over every message with facets, saved searches, triage in bulk and exports. A search
 * page explains each hit (title and snippet with the matches marked) and says what found nothing.
 */
const MessageList = () => {
  const label = useEnumLabel();
  const translate = useTranslate();
  return (
    <List
      filters={useMessageFilters()}
      sort={{ field: 'receivedAt', order: 'DESC' }}
      aside={<MessageFacets />}
      actions={
        <ListActions filters columns={messageExportColumns(label, translate)}>
          <PasteLink />
        </ListActions>
      }
      perPage={25}
    >
      <ResponsiveDatagrid
        phone={{
          primaryText: (r) => <MatchedTitle record={r} clamp={2} />,
          secondaryText: (
            <>
              <MatchSnippet />
              <PhoneLine>
                <DateTime source="receivedAt" />
                <ReferenceField source="sourceId" reference="sources" link={false} emptyText="" />
                <TopicField />
              </PhoneLine>
            </>
          ),
          tertiaryText: (
            <PhoneLine>
              <EnumField source="sentimentLabel" kind="sentiment" chip color={sentimentColor} />
              <EnumField source="riskLevel" kind="level" chip color={riskColor} />
            </PhoneLine>
          ),
        }}
        rowClick={messagePath}
        empty={<SearchEmpty />}
        bulkActionButtons={<MessageBulkActions />}
        sx={{
          '& .column-channel, & .column-status, & .column-sentimentLabel, & .column-region': {
            whiteSpace: 'nowrap',
          },
        }}
      >
        <DateTime source="receivedAt" />
        <MatchedTitleField label="resources.messages.fields.title" sortable={false} />
        <ReferenceField source="sourceId" reference="sources" link={false} emptyText="—" />
        <EnumField source="channel" kind="messageChannel" />
        <TextField source="region" emptyText="—" />
        <TopicField label="resources.messages.fields.topic" />
        <EnumField source="sentimentLabel" kind="sentiment" chip color={sentimentColor} />
        <EnumField source="riskLevel" kind="level" chip color={riskColor} />
        <EnumField source="status" kind="messageStatus" />
        <ReferenceField source="caseId" reference="cases" link="show" emptyText="—" />
      </ResponsiveDatagrid>
    </List>
  );
};

export default MessageList;
