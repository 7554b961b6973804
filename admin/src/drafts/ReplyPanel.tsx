import { Card, CardContent, CardHeader } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useActor } from '../providers/useActor';
import { DraftReview } from './DraftReview';
import { ReplyEditor } from './ReplyEditor';

/** Statuses in which the lead department writes the reply. */
const WRITING = ['accepted', 'drafting'];

/** The handler writes; everyone else reads the versions (the reviewer with a diff). */
export const ReplyPanel = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const actor = useActor();
  if (!record) return null;
  const writes =
    WRITING.includes(record.status) &&
    (actor?.role === 'admin' ||
      (actor?.role === 'handler' && actor.departmentId === record.leadDepartmentId));
  return (
    <Card>
      <CardHeader title={translate(writes ? 'desk.reply.editor' : 'desk.reply.versions')} />
      <CardContent sx={{ pt: 0 }}>{writes ? <ReplyEditor /> : <DraftReview />}</CardContent>
    </Card>
  );
};
