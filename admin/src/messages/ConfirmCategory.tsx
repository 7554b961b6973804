import CategoryIcon from '@mui/icons-material/Category';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import {
  type Identifier,
  useDataProvider,
  useGetList,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { canAccess } from '../providers/access';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';
import { trainingApi } from '../training/trainingApi';

/**
 * Confirm or correct the category of one or more messages. Each confirmation also becomes a training
 * example, so the classifier keeps learning from the desk.
 */
export const ConfirmCategory = ({
  ids,
  current,
  onDone,
}: {
  ids: Identifier[];
  current?: string | null;
  onDone?: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const role = useActor()?.role;
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [open, setOpen] = useState(false);
  const [topic, setTopic] = useState(current ?? '');
  const { data: categories = [] } = useGetList(
    'categories',
    {
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'sortOrder', order: 'ASC' },
    },
    { enabled: open },
  );
  if (!canAccess(role, 'training', 'confirm')) return null;
  const save = async () => {
    try {
      for (const id of ids) await dataProvider.postJson(trainingApi.confirm(id), { topic });
      notify('desk.messages.category_confirmed', {
        type: 'success',
        messageArgs: { smart_count: ids.length },
      });
      setOpen(false);
      refresh();
      onDone?.();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<CategoryIcon />}
        onClick={() => setOpen(true)}
        data-testid="confirm-category"
      >
        {translate('desk.messages.set_category')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('desk.messages.set_category')}</DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
            label={translate('resources.messages.fields.topic')}
            sx={{ mt: 1 }}
          >
            {categories
              .filter((c) => c.active !== false)
              .map((c) => (
                <MenuItem key={c.id} value={c.name}>
                  {c.name}
                </MenuItem>
              ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={!topic} onClick={save}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
