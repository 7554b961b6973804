import { MenuItem, TextField } from '@mui/material';
import { type RaRecord, useGetList, useTranslate } from 'react-admin';

/**
 * Templates for this case's type and state (a template with no type or state fits every case). The chosen
 * one stays shown (`value`: picked now, or the template of the saved version).
 */
export const TemplatePicker = ({
  caseRecord,
  value,
  onPick,
}: {
  caseRecord: RaRecord;
  value: number | null;
  onPick: (template: RaRecord) => void;
}) => {
  const translate = useTranslate();
  const { data = [] } = useGetList('templates', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'id', order: 'ASC' },
  });
  const fitting = data.filter(
    (t) =>
      t.active !== false &&
      (!t.caseType || t.caseType === caseRecord.type) &&
      (!t.status || t.status === caseRecord.status || ['accepted', 'drafting'].includes(String(t.status))),
  );
  return (
    <TextField
      select
      size="small"
      label={translate('desk.reply.template')}
      value={fitting.some((t) => t.id === value) ? String(value) : ''}
      onChange={(e) => {
        const template = fitting.find((t) => String(t.id) === e.target.value);
        if (template) onPick(template);
      }}
      sx={{ minWidth: 260 }}
      slotProps={{ htmlInput: { 'data-testid': 'template-picker' } }}
      disabled={fitting.length === 0}
      helperText={fitting.length === 0 ? translate('desk.reply.no_templates') : undefined}
    >
      {fitting.map((t) => (
        <MenuItem key={t.id} value={String(t.id)} data-testid={`template-${t.id}`}>
          {t.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
