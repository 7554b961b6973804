import VisibilityIcon from '@mui/icons-material/Visibility';
import { Button, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { canAccess } from '../providers/access';
import type { UnmaskResponse } from '../providers/api-types';
import { useActor } from '../providers/useActor';
import { useUnmask } from './useUnmask';

type Contact = Record<string, string | undefined> | null | undefined;

const contactOf = (value: unknown): Contact => {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  return (v.contact && typeof v.contact === 'object' ? v.contact : v) as Contact;
};

const FIELDS = ['name', 'phone', 'email', 'idNumber', 'address'] as const;

/**
 * The contact as the API sends it (masked: 张*, 139****5678). Roles allowed to unmask get an audited
 * button; everyone else only ever receives the masked form.
 */
export const MaskedContact = ({ resource }: { resource: keyof UnmaskResponse }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const role = useActor()?.role;
  const { data, loading, run } = useUnmask(resource);
  const shown = contactOf(data) ?? contactOf(record?.contact);
  const entries = FIELDS.filter((f) => shown?.[f]).map((f) => [f, String(shown![f])] as const);
  if (entries.length === 0) return <span>—</span>;
  return (
    <Stack spacing={0.5} data-testid="contact">
      {entries.map(([field, value]) => (
        <Typography key={field} variant="body2" data-testid={`contact-${field}`}>
          {translate(`desk.pii.fields.${field}`)}：{value}
        </Typography>
      ))}
      {!data && canAccess(role, resource, 'unmask') ? (
        <Button
          size="small"
          startIcon={<VisibilityIcon />}
          onClick={run}
          disabled={loading}
          data-testid="unmask"
          sx={{ alignSelf: 'flex-start' }}
        >
          {translate('desk.pii.unmask')}
        </Button>
      ) : null}
    </Stack>
  );
};
