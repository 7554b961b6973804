import { Alert, Button, List as MuiList, Stack } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { dropEmpty } from '../common/zodValidate';
import type { SchemePreviewResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';
import { MessageCard } from '../stream/MessageCard';

/** Try the scheme against what is already indexed before saving it (`POST /api/schemes/preview`). */
export const SchemePreview = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const { getValues } = useFormContext();
  const [hits, setHits] = useState<SchemePreviewResponse>();
  const [error, setError] = useState<string>();
  const run = async () => {
    setError(undefined);
    try {
      const { id: _, hits: __, createdAt: ___, updatedAt: ____, createdBy: _____, ...values } = getValues();
      setHits(await dataProvider.postJson<SchemePreviewResponse>('schemes/preview', dropEmpty(values)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <Button variant="outlined" onClick={run} sx={{ alignSelf: 'flex-start' }} data-testid="scheme-preview">
        {translate('desk.schemes.preview')}
      </Button>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {hits ? (
        <>
          <Alert severity="info">
            {translate('desk.schemes.preview_count', { smart_count: hits.length })}
          </Alert>
          <MuiList disablePadding>
            {hits.slice(0, 20).map((m) => (
              <MessageCard key={m.id} message={m} />
            ))}
          </MuiList>
        </>
      ) : null}
    </Stack>
  );
};
