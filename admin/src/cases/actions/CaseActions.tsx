import type { CaseAction } from '@desk/core';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useTranslate } from 'react-admin';
import { ActionDialog } from './ActionDialog';

/** The reply flow has its own buttons (editor, review panel); these are the rest of the workflow. */
const primary: CaseAction[] = ['assign', 'accept', 'approve', 'publish', 'submit'];
const danger: CaseAction[] = ['return', 'reject', 'merge', 'close'];

/**
 * One button per action the API says this person may take now (`allowedActions` on the case), so what
 * the server would refuse is never offered.
 */
export const CaseActions = ({
  record,
  defaults,
  exclude = [],
}: {
  record: RaRecord;
  defaults?: Partial<Record<CaseAction, Record<string, unknown>>>;
  exclude?: CaseAction[];
}) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<CaseAction>();
  const actions = ((record.allowedActions ?? []) as CaseAction[]).filter((a) => !exclude.includes(a));
  if (actions.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('desk.cases.no_actions')}
      </Typography>
    );
  return (
    <>
      <Stack sx={{ gap: 1, flexWrap: 'wrap' }} direction="row" data-testid="case-actions">
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            variant={primary.includes(action) ? 'contained' : 'outlined'}
            color={danger.includes(action) ? 'warning' : 'primary'}
            onClick={() => setOpen(action)}
            data-testid={`action-${action}`}
          >
            {translate(`desk.cases.actions.${action}`)}
          </Button>
        ))}
      </Stack>
      {open ? (
        <ActionDialog
          record={record}
          action={open}
          defaults={defaults?.[open]}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
    </>
  );
};
