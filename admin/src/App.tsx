import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import cases from './cases';
import { Dashboard } from './dashboard/Dashboard';
import departments from './departments';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import messages from './messages';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import users from './users';

const StreamPage = lazy(() => import('./stream/StreamPage'));

/** One <Resource> per API resource; each folder loads its pages lazily. The API decides access. */
export const App = () => (
  <Admin
    title="舆情回应工作台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="messages" {...messages} />
    <Resource name="cases" {...cases} />
    <Resource name="drafts" />
    <Resource name="templates" />
    <Resource name="sources" />
    <Resource name="events" />
    <Resource name="departments" {...departments} />
    <Resource name="users" {...users} />
    <CustomRoutes>
      <Route path="/stream" element={<StreamPage />} />
    </CustomRoutes>
  </Admin>
);
