import { type CaseAction, caseActionDefinitions } from '@desk/core';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useTranslate } from 'react-admin';
import { ActionDialog } from './ActionDialog';

/** The button's look, from the action's definition. */
const toneOf = (action: CaseAction): 'primary' | 'danger' | undefined => caseActionDefinitions[action].tone;

/**
 * The reply flow has its own buttons (editor, review panel); these are the rest of the workflow.
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
            variant={toneOf(action) === 'primary' ? 'contained' : 'outlined'}
            color={toneOf(action) === 'danger' ? 'warning' : 'primary'}
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
