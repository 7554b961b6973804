import { useGetList } from 'react-admin';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';

export interface Officer {
  id: number;
  name: string;
}

/**
 * People who stand watch, for rota and handover forms. The user list is the admin's; a duty officer
 * learns names from the rota itself (and always knows themself).
 */
export function useDutyOfficers(): Officer[] {
  const actor = useActor();
  const mayListUsers = canAccess(actor?.role, 'users', 'list');
  const { data: users = [] } = useGetList(
    'users',
    { pagination: { page: 1, perPage: 500 } },
    { enabled: mayListUsers },
  );
  const { data: shifts = [] } = useGetList(
    'shifts',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'startsAt', order: 'DESC' } },
    { enabled: !mayListUsers },
  );
  const byId = new Map<number, string>();
  if (mayListUsers)
    for (const u of users) if (u.role === 'duty' || u.role === 'admin') byId.set(Number(u.id), u.displayName);
  for (const s of shifts) byId.set(Number(s.userId), s.displayName ?? s.username ?? `#${s.userId}`);
  if (actor && (actor.role === 'duty' || actor.role === 'admin')) byId.set(actor.id, actor.displayName);
  return [...byId].map(([id, name]) => ({ id, name }));
}
