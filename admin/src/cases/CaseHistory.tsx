import { Card, CardContent, CardHeader, List, ListItem, ListItemText } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/DateTime';
import { useEnumLabel } from '../common/EnumField';
import { useApi } from '../common/useApi';
import type { CaseHistoryResponse } from '../providers/api-types';

type HistoryEntry = CaseHistoryResponse[number];

/** Who did what and when: the status history, with reasons and comments as written (plain text). */
export const CaseHistory = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const label = useEnumLabel();
  const [locale] = useLocaleState();
  const { data, missing } = useApi<CaseHistoryResponse>(record ? `cases/${record.id}/history` : null, {
    v: record?.updatedAt,
  });
  // People by the name colleagues know them by; the escalation job writes as 'system'.
  const actor = (e: HistoryEntry) =>
    e.actorDisplayName ??
    (e.actorName === 'system' ? translate('desk.cases.system_actor') : (e.actorName ?? '—'));
  if (missing) return null;
  const entries = Array.isArray(data) ? data : [];
  return (
    <Card>
      <CardHeader title={translate('desk.cases.history')} />
      <CardContent sx={{ pt: 0 }}>
        <List dense data-testid="case-history">
          {entries.map((e) => {
            const said = e.payload.reason ?? e.payload.comment ?? e.payload.note;
            return (
              <ListItem key={e.id} disableGutters>
                <ListItemText
                  primary={`${translate(`desk.cases.actions.${e.action}`, { _: e.action })}${
                    e.toStatus && e.toStatus !== e.fromStatus ? ` → ${label('caseStatus', e.toStatus)}` : ''
                  }`}
                  secondary={`${formatDateTime(e.at, locale)} · ${actor(e)}${said ? ` · ${String(said)}` : ''}`}
                />
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
};
