import type { PreviewItem } from '@desk/core';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Box, Button, CircularProgress, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { formatDateTime } from '../common/DateTime';
import { SafeText } from '../common/SafeText';
import type { SourcePreviewResponse } from '../providers/api-types';

type Preview = SourcePreviewResponse;

import type { DeskDataProvider } from '../providers/dataProvider';
import { sourceBody } from './sourceBody';

const Facts = ({ item }: { item: PreviewItem }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const counts = [item.likes, item.replies].some((n) => n !== undefined)
    ? translate('desk.sources.preview_counts', { likes: item.likes ?? '—', replies: item.replies ?? '—' })
    : '';
  return (
    <Typography variant="caption" color="text.secondary" component="div">
      {[item.author, counts, item.publishedAt && formatDateTime(item.publishedAt, locale)]
        .filter(Boolean)
        .join(' · ')}
    </Typography>
  );
};

const ItemRow = ({ item }: { item: PreviewItem }) => (
  <Box component="li" sx={{ py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
    <SafeText text={item.title || item.url} sx={{ fontWeight: 500 }} />
    <Link
      href={item.url}
      target="_blank"
      rel="noreferrer noopener"
      variant="caption"
      sx={{ overflowWrap: 'anywhere' }}
    >
      {item.url}
    </Link>
    <Facts item={item} />
  </Box>
);

const Result = ({ preview }: { preview: Preview }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ mt: 1 }} data-testid="source-preview">
      {preview.problems.map((p) => (
        <Alert
          key={`${p.code}-${p.field ?? p.url}`}
          severity={preview.ok ? 'warning' : 'error'}
          data-testid="preview-problem"
        >
          {p.message}
        </Alert>
      ))}
      {preview.ok ? (
        <Alert severity="success">
          {translate('desk.sources.preview_found', {
            smart_count: preview.items.length,
            pages: preview.pages,
          })}
          {preview.next ? ` ${translate('desk.sources.preview_next')} ${preview.next}` : ''}
        </Alert>
      ) : null}
      {preview.items.length ? (
        <Box component="ol" sx={{ m: 0, pl: 3 }} data-testid="preview-items">
          {preview.items.map((item) => (
            <ItemRow key={item.url} item={item} />
          ))}
        </Box>
      ) : null}
      {preview.detail ? (
        <Box sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }} data-testid="preview-detail">
          <Typography variant="subtitle2">{translate('desk.sources.preview_detail')}</Typography>
          <SafeText text={preview.detail.title} sx={{ fontWeight: 600 }} />
          <Facts item={preview.detail} />
          <SafeText text={preview.detail.body} clamp={8} sx={{ mt: 1 }} />
        </Box>
      ) : null}
    </Stack>
  );
};

/** 试抓取: read the live site with the settings as typed, before saving; shows items, detail, problems. */
export const SourcePreview = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const { getValues } = useFormContext();
  const [state, setState] = useState<{ loading: boolean; preview?: Preview; error?: string }>({
    loading: false,
  });
  const run = async () => {
    const { type, url, encoding, html, sitemap } = sourceBody(getValues());
    setState({ loading: true });
    try {
      const preview = await dataProvider.postJson<SourcePreviewResponse>('sources/preview', {
        type,
        url,
        encoding,
        html,
        sitemap,
      });
      setState({ loading: false, preview });
    } catch (error) {
      setState({ loading: false, error: (error as Error).message });
    }
  };
  return (
    <Box sx={{ width: '100%', mt: 2 }}>
      <Button
        variant="outlined"
        onClick={run}
        disabled={state.loading}
        startIcon={state.loading ? <CircularProgress size={16} /> : <PlayArrowIcon />}
        data-testid="preview-button"
      >
        {translate(state.loading ? 'desk.sources.previewing' : 'desk.sources.preview')}
      </Button>
      {state.error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {state.error}
        </Alert>
      ) : null}
      {state.preview ? <Result preview={state.preview} /> : null}
    </Box>
  );
};
