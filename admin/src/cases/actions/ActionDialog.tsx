import { type CaseAction, caseActionDefinitions } from '@desk/core';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useState } from 'react';
import {
  Form,
  type RaRecord,
  SaveButton,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useEnumChoices } from '../../common/EnumField';
import { dropEmpty, zodValidate } from '../../common/zodValidate';
import type { DeskDataProvider } from '../../providers/dataProvider';
import { actionInputs } from './actionInputs';

/** Actions that need nothing typed are confirmed in the dialog too, so no click changes a case by accident. */
export const ActionDialog = ({
  record,
  action,
  defaults,
  onClose,
}: {
  record: RaRecord;
  action: CaseAction;
  defaults?: Record<string, unknown>;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const choices = useEnumChoices();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string>();
  // What the dialog is about, in words: which case, and (per action) what happens and where.
  const said = { code: record.code, title: record.title, action: translate(`desk.cases.actions.${action}`) };

  const submit = async (values: Record<string, unknown>) => {
    setError(undefined);
    try {
      await dataProvider.action('cases', record.id, action, dropEmpty(values));
      notify('desk.cases.done', {
        type: 'success',
        messageArgs: { action: translate(`desk.cases.actions.${action}`) },
      });
      refresh();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-testid={`action-dialog-${action}`}>
      <Form
        defaultValues={defaults}
        validate={zodValidate(caseActionDefinitions[action].payload)}
        onSubmit={submit}
        resource="cases"
        record={defaults ?? {}}
      >
        <DialogTitle>{translate(`desk.cases.actions.${action}`)}</DialogTitle>
        <DialogContent>
          {error ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          ) : null}
          <DialogContentText sx={{ mb: 1 }} data-testid="action-confirm-text">
            {translate(`desk.cases.confirm.${action}`, {
              ...said,
              _: translate('desk.cases.confirm.any', said),
            })}
          </DialogContentText>
          {actionInputs(action, choices)}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton
            label={translate(`desk.cases.actions.${action}`)}
            icon={<span />}
            alwaysEnable
            data-testid="action-confirm"
          />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
