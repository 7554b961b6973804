import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, IconButton, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../common/DateTime';
import { canAccess } from '../providers/access';
import type { DeskDataProvider } from '../providers/dataProvider';
import { useActor } from '../providers/useActor';

interface Notification {
  id: number;
  kind: string;
  caseId: number | null;
  title: string;
  detail?: { date?: string };
  createdAt: string;
}

/** Check for new notifications this often; they are about deadlines and assignments, not seconds. */
const POLL_MS = 60_000;

/** The bell: one's own unread notifications (assigned, due soon, overdue, review …), each opening its case. */
export const NotificationsButton = () => {
  const role = useActor()?.role;
  const translate = useTranslate();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [items, setItems] = useState<Notification[]>([]);
  const [total, setTotal] = useState(0);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const allowed = canAccess(role, 'notifications', 'list');

  useEffect(() => {
    if (!allowed) return;
    const load = () =>
      dataProvider
        .getList<Notification>('notifications', {
          filter: { unread: true },
          pagination: { page: 1, perPage: 10 },
          sort: { field: 'id', order: 'DESC' },
        })
        .then(({ data, total: n }) => {
          setItems(data);
          setTotal(n ?? data.length);
        })
        .catch(() => undefined);
    void load();
    const timer = setInterval(load, POLL_MS);
    return () => clearInterval(timer);
  }, [allowed, dataProvider]);
  if (!allowed) return null;

  const open = async (n: Notification) => {
    setAnchor(null);
    await dataProvider.postJson(`notifications/${n.id}/read`).catch(() => undefined);
    setItems((xs) => xs.filter((x) => x.id !== n.id));
    setTotal((t) => Math.max(0, t - 1));
    if (n.caseId) navigate(`/cases/${n.caseId}/show`);
    else if (n.kind === 'briefing' && n.detail?.date) navigate(`/reports?date=${n.detail.date}`);
  };

  return (
    <>
      <Tooltip title={translate('desk.notifications.title')}>
        <IconButton color="inherit" onClick={(e) => setAnchor(e.currentTarget)} data-testid="notifications">
          <Badge badgeContent={total} color="error">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {items.length === 0 ? <MenuItem disabled>{translate('desk.notifications.none')}</MenuItem> : null}
        {items.map((n) => (
          <MenuItem key={n.id} onClick={() => open(n)} sx={{ maxWidth: 420, whiteSpace: 'normal' }}>
            <ListItemText
              primary={n.title}
              secondary={`${translate(`desk.notifications.kinds.${n.kind}`, { _: n.kind })} · ${formatDateTime(n.createdAt, locale)}`}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
