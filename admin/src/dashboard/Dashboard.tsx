import { lazy } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useActor } from '../providers/useActor';

/** Each role lands on its own work: the duty desk, the department inbox, the review queue, the charts. */
const byRole = {
  duty: lazy(() => import('./DutyDashboard')),
  handler: lazy(() => import('./HandlerDashboard')),
  reviewer: lazy(() => import('./ReviewerDashboard')),
  leader: lazy(() => import('./LeaderDashboard')),
  admin: lazy(() => import('./AdminDashboard')),
} as const;

export const Dashboard = () => {
  const translate = useTranslate();
  const role = useActor()?.role;
  const Page = role ? byRole[role] : undefined;
  return (
    <>
      <Title title={translate('desk.title')} />
      {Page ? <Page /> : null}
    </>
  );
};
