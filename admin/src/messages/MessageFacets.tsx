import { alertLevels, messageChannels, messageStatuses, sentimentLabelValues } from '@desk/core';
import { Card, CardContent, Chip } from '@mui/material';
import {
  FilterList,
  FilterListItem,
  SavedQueriesList,
  useGetList,
  useListContext,
  useTranslate,
} from 'react-admin';
import { useEnumLabel } from '../common/EnumField';
import { useApi } from '../common/useApi';
import { canAccess } from '../providers/access';
import type { MessageFacetsResponse } from '../providers/api-types';
import { useActor } from '../providers/useActor';

/** Facet groups shown in the sidebar, in the API's field names. */
const FACETS = [
  { field: 'sentimentLabel', kind: 'sentiment', fallback: sentimentLabelValues },
  { field: 'riskLevel', kind: 'level', fallback: alertLevels },
  { field: 'channel', kind: 'messageChannel', fallback: messageChannels },
  { field: 'topic', kind: 'topic', fallback: [] },
  { field: 'region', kind: 'region', fallback: [] },
  { field: 'sourceId', kind: 'source', fallback: [] },
  { field: 'status', kind: 'messageStatus', fallback: messageStatuses },
] as const;

/**
 * Saved searches and facet counts for the current search (`GET /api/dashboard/facets`): click a value to
 * filter by it, click again to clear.
 */
export const MessageFacets = () => {
  const { filterValues } = useListContext();
  const translate = useTranslate();
  const label = useEnumLabel();
  const { data } = useApi<MessageFacetsResponse>('dashboard/facets', { filter: filterValues });
  const distribution = data?.facetDistribution ?? {};
  const role = useActor()?.role;
  const { data: sources = [] } = useGetList(
    'sources',
    { pagination: { page: 1, perPage: 200 } },
    { enabled: canAccess(role, 'sources', 'list') },
  );
  const sourceName = (id: string) => sources.find((x) => String(x.id) === id)?.name ?? `#${id}`;
  const text = (kind: string, value: string) => (kind === 'source' ? sourceName(value) : label(kind, value));
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 220, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent sx={{ pt: 1 }}>
        <SavedQueriesList />
        {FACETS.map(({ field, kind, fallback }) => {
          const counts = distribution[field] ?? {};
          const values = Object.keys(counts).length
            ? Object.entries(counts)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 12)
                .map(([v]) => v)
            : [...fallback];
          if (values.length === 0) return null;
          return (
            <FilterList key={field} label={translate(`resources.messages.fields.${field}`)} icon={null}>
              {values.map((value) => (
                <FilterListItem
                  key={value}
                  label={
                    <span>
                      {text(kind, value)}{' '}
                      {counts[value] !== undefined ? (
                        <Chip size="small" label={counts[value]} sx={{ height: 18 }} />
                      ) : null}
                    </span>
                  }
                  value={{ [field]: field === 'sourceId' ? Number(value) : value }}
                />
              ))}
            </FilterList>
          );
        })}
      </CardContent>
    </Card>
  );
};
