import type { MatchSegment, SearchMatch } from '@desk/core';
import { Box, Typography, type TypographyProps } from '@mui/material';
import type { ReactNode } from 'react';
import { type RaRecord, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { SafeText } from '../common/SafeText';

const matchOf = (record: RaRecord | undefined): SearchMatch | undefined =>
  record?.match && Array.isArray(record.match.title) ? (record.match as SearchMatch) : undefined;

const markSx = { bgcolor: 'warning.light', color: 'inherit', px: 0.25, borderRadius: 0.5 } as const;

/**
 * Segments as React text with `<mark>` elements around the hits: React escapes every piece, so a message
 * holding markup shows it literally (never dangerouslySetInnerHTML).
 */
export const Marked = ({ segments }: { segments: MatchSegment[] }): ReactNode =>
  segments.map((segment, i) =>
    segment.hit ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed sequence of one text
      <Box component="mark" key={i} sx={markSx} data-testid="match">
        {segment.text}
      </Box>
    ) : (
      segment.text
    ),
  );

/** Marked text laid out like SafeText (pre-wrap, long runs wrap, optional line clamp). */
export const MarkedText = ({
  segments,
  clamp,
  ...props
}: { segments: MatchSegment[]; clamp?: number } & TypographyProps & { 'data-testid'?: string }) => (
  <Typography
    variant="body2"
    component="div"
    {...props}
    sx={{
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
      ...(clamp
        ? { display: '-webkit-box', WebkitLineClamp: clamp, WebkitBoxOrient: 'vertical', overflow: 'hidden' }
        : {}),
      ...props.sx,
    }}
  >
    <Marked segments={segments} />
  </Typography>
);

/** The title with its matches marked when the row came from a search, else the title as text. */
export const MatchedTitle = ({ record, clamp }: { record?: RaRecord; clamp?: number }) => {
  const context = useRecordContext();
  const row = record ?? context;
  const match = matchOf(row);
  if (!match) return <SafeText text={row?.title} clamp={clamp} />;
  return <MarkedText segments={match.title} clamp={clamp} data-testid="matched-title" />;
};

/** The body cropped around the matches (a search page only); nothing outside a search. */
export const MatchSnippet = () => {
  const match = matchOf(useRecordContext());
  if (!match?.snippet.length) return null;
  return (
    <MarkedText
      segments={match.snippet}
      clamp={2}
      variant="caption"
      color="text.secondary"
      sx={{ mt: 0.25 }}
      data-testid="match-snippet"
    />
  );
};

/** Title and snippet in one list cell. */
export const MatchedTitleField = (_: { label?: string; sortable?: boolean }) => (
  <Box>
    <MatchedTitle clamp={2} />
    <MatchSnippet />
  </Box>
);

/** Where a row opens: the message page, told the matched words so it marks them too. */
export const messagePath = (id: RaRecord['id'], _resource: string, record: RaRecord) => {
  const terms = matchOf(record)?.terms ?? [];
  const path = `/messages/${encodeURIComponent(String(id))}/show`;
  return terms.length ? `${path}?hl=${encodeURIComponent(terms.join('\n'))}` : path;
};

/** An empty page that says what was searched: 未找到与“12345”相关的信息. */
export const SearchEmpty = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const q = typeof filterValues?.q === 'string' ? filterValues.q.trim() : '';
  return (
    <Typography variant="body1" color="text.secondary" sx={{ p: 2 }} data-testid="search-empty">
      {q ? translate('desk.messages.no_match', { q }) : translate('ra.navigation.no_results')}
    </Typography>
  );
};
