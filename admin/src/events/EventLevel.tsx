import { eventSeverities } from '@desk/core';
import { MenuItem, TextField, Typography } from '@mui/material';
import { useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { useEnumLabel } from '../common/EnumField';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';

/**
 * An event's 级别 (特别重大 … 一般): nothing grades an event by itself, so the duty officer sets it here;
 * until then it reads 未定级. Roles that may not edit events only read it.
 */
export const EventLevel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const label = useEnumLabel();
  const role = useActor()?.role;
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const name = translate('resources.events.fields.severity');
  if (!canAccess(role, 'events', 'edit')) {
    return (
      <Typography variant="body2" data-testid="event-level">
        {name}:{' '}
        {record.severity ? label('eventSeverity', record.severity) : translate('desk.events.ungraded')}
      </Typography>
    );
  }
  return (
    <TextField
      select
      size="small"
      label={name}
      value={record.severity ?? ''}
      disabled={isPending}
      onChange={(e) =>
        update('events', {
          id: record.id,
          data: { severity: e.target.value || null },
          previousData: record,
        })
      }
      slotProps={{ htmlInput: { 'data-testid': 'event-level' } }}
    >
      <MenuItem value="">{translate('desk.events.ungraded')}</MenuItem>
      {eventSeverities.map((s) => (
        <MenuItem key={s} value={s}>
          {label('eventSeverity', s)}
        </MenuItem>
      ))}
    </TextField>
  );
};
