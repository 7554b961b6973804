import { Alert, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { SafeText } from '../common/SafeText';
import { DraftDiff } from './DraftDiff';
import { useDrafts } from './useDrafts';

/** The reviewer's view: the version to approve, and what changed since an earlier one. */
export const DraftReview = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { drafts } = useDrafts(record?.id as number | undefined);
  const [fromVersion, setFromVersion] = useState<number>();
  if (drafts.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('desk.reply.none')}
      </Typography>
    );
  const latest = drafts[0]!;
  const base = drafts.find((d) => d.version === fromVersion) ?? drafts[1];
  return (
    <Stack spacing={2} data-testid="draft-review">
      <Typography variant="subtitle2">
        {translate('desk.reply.version', { version: latest.version })} ·{' '}
        {latest.authorDisplayName ?? latest.authorName ?? ''}
      </Typography>
      <SafeText
        text={latest.body}
        data-testid="draft-latest"
        sx={{ p: 1.5, bgcolor: 'grey.50', borderRadius: 1 }}
      />
      {latest.reviewComment ? <Alert severity="info">{latest.reviewComment}</Alert> : null}
      {base ? (
        <>
          <TextField
            select
            size="small"
            label={translate('desk.reply.compare_with')}
            value={String(base.version)}
            onChange={(e) => setFromVersion(Number(e.target.value))}
            sx={{ maxWidth: 240 }}
          >
            {drafts.slice(1).map((d) => (
              <MenuItem key={d.id} value={String(d.version)}>
                {translate('desk.reply.version', { version: d.version })}
              </MenuItem>
            ))}
          </TextField>
          <DraftDiff before={base.body} after={latest.body} />
        </>
      ) : null}
    </Stack>
  );
};
