import AddLinkIcon from '@mui/icons-material/AddLink';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { canAccess } from '../providers/access';
import type { LinkPasteResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';

/**
 * 粘贴链接: a page the desk missed (news article, forum thread) becomes a message. The desk reads it,
 * keeps its main text and stores it once per canonical URL; the officer lands on the message.
 */
export const PasteLink = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const role = useActor()?.role;
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  if (!canAccess(role, 'messages', 'create')) return null;

  const submit = async () => {
    setState({ busy: true });
    try {
      const { id, duplicate } = await dataProvider.postJson<LinkPasteResponse>('messages/from-link', {
        url: url.trim(),
      });
      notify(duplicate ? 'desk.messages.link_known' : 'desk.messages.link_added', { type: 'success' });
      setOpen(false);
      setUrl('');
      setState({ busy: false });
      redirect('show', 'messages', id);
    } catch (error) {
      setState({ busy: false, error: (error as Error).message });
    }
  };

  return (
    <>
      <Button size="small" startIcon={<AddLinkIcon />} onClick={() => setOpen(true)} data-testid="paste-link">
        {translate('desk.messages.paste_link')}
      </Button>
      <Dialog open={open} onClose={() => !state.busy && setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('desk.messages.paste_link_title')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            type="url"
            label={translate('desk.messages.paste_link_url')}
            helperText={translate('desk.messages.paste_link_help')}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && url.trim() && void submit()}
            slotProps={{ htmlInput: { 'data-testid': 'paste-link-url' } }}
          />
          {state.error ? (
            <Alert severity="error" sx={{ mt: 1 }} data-testid="paste-link-error">
              {state.error}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={state.busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            onClick={submit}
            disabled={state.busy || !url.trim()}
            startIcon={state.busy ? <CircularProgress size={16} /> : null}
            data-testid="paste-link-submit"
          >
            {translate(state.busy ? 'desk.messages.paste_link_reading' : 'desk.messages.paste_link_add')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
