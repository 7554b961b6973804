import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { SafeText } from '../common/SafeText';
import { useApi } from '../common/useApi';
import type { CaseSuggestionsResponse } from '../providers/api-types';

/** Past cases like this one with their published replies (`GET /api/cases/:id/suggestions`), to quote from. */
export const SimilarCases = ({ onQuote }: { onQuote: (text: string) => void }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data, missing, loading } = useApi<CaseSuggestionsResponse>(
    record ? `cases/${record.id}/suggestions` : null,
  );
  if (missing || loading) return null;
  const items = data ?? [];
  return (
    <div data-testid="similar-cases">
      <Typography variant="subtitle2">{translate('desk.reply.similar')}</Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('desk.reply.no_similar')}
        </Typography>
      ) : (
        <List dense>
          {items.slice(0, 5).map((s) => {
            const reply = s.replyText ?? '';
            return (
              <ListItem
                key={s.id}
                disableGutters
                secondaryAction={
                  reply ? (
                    <Button size="small" onClick={() => onQuote(reply)}>
                      {translate('desk.reply.quote')}
                    </Button>
                  ) : null
                }
              >
                <ListItemText
                  primary={`${s.code ?? `#${s.id}`} · ${s.title}`}
                  secondary={<SafeText component="span" text={reply} clamp={2} />}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </div>
  );
};
