import { useNotify } from 'react-admin';
import { canAccess } from '../providers/access';
import { useDeskEvents } from '../providers/events';
import { useActor } from '../providers/useActor';

/** A new alert reaches whoever may see it on any page, without a reload (SSE `alert.new`). */
const Listener = () => {
  const notify = useNotify();
  useDeskEvents(['alert.new'], (event) => {
    notify('desk.stream.new_alert', {
      type: event.level === 'red' || event.level === 'orange' ? 'error' : 'warning',
      messageArgs: { title: String(event.title ?? '') },
      autoHideDuration: 10_000,
    });
  });
  return null;
};

export const AlertToaster = () => {
  const role = useActor()?.role;
  return canAccess(role, 'alerts', 'list') ? <Listener /> : null;
};
