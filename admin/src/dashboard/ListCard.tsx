import {
  Button,
  Card,
  CardContent,
  CardHeader,
  List,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { type RaRecord, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';

/**
 * A dashboard card listing a few records of a resource (only if the role may list it), each row a link
 * to the record, with "view all" to the filtered list.
 */
export const ListCard = ({
  title,
  resource,
  filter = {},
  sort,
  perPage = 8,
  primary,
  secondary,
  aside,
  testId,
  linkTo,
}: {
  title: string;
  resource: string;
  filter?: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
  perPage?: number;
  primary: (r: RaRecord) => ReactNode;
  secondary?: (r: RaRecord) => ReactNode;
  aside?: (r: RaRecord) => ReactNode;
  testId?: string;
  /** Where a row leads; the record's show page by default. */
  linkTo?: (r: RaRecord) => string;
}) => {
  const translate = useTranslate();
  const role = useActor()?.role;
  const allowed = canAccess(role, resource, 'list');
  const {
    data = [],
    total,
    isPending,
    error,
  } = useGetList(resource, { pagination: { page: 1, perPage }, sort, filter }, { enabled: allowed });
  if (!allowed) return null;
  const all = `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <Card data-testid={testId}>
      <CardHeader
        title={title}
        subheader={total !== undefined ? `${total}` : undefined}
        action={
          <Button size="small" component={Link} to={all}>
            {translate('desk.common.view_all')}
          </Button>
        }
        slotProps={{ title: { variant: 'subtitle1' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {error ? (
          <Typography variant="body2" color="text.secondary">
            {translate('desk.common.not_available')}
          </Typography>
        ) : !isPending && data.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('ra.navigation.no_results')}
          </Typography>
        ) : (
          <List dense disablePadding>
            {data.map((r) => (
              <ListItemButton
                key={r.id}
                component={Link}
                to={linkTo ? linkTo(r) : `/${resource}/${r.id}/show`}
                divider
              >
                <ListItemText
                  primary={primary(r)}
                  secondary={secondary?.(r)}
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                />
                {aside?.(r)}
              </ListItemButton>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};
