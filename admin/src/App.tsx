import TuneIcon from '@mui/icons-material/Tune';
import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import alerts from './alerts';
import apiKeys from './api-keys';
import auditLog from './audit-log';
import calendar from './calendar';
import cases from './cases';
import categories from './categories';
import { Dashboard } from './dashboard/Dashboard';
import deadlinePolicies from './deadline-policies';
import departments from './departments';
import events from './events';
import handovers from './handovers';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import messages from './messages';
import places from './places';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import responses from './responses';
import riskRules from './risk-rules';
import routingRules from './routing-rules';
import schemes from './schemes';
import shifts from './shifts';
import sources from './sources';
import templates from './templates';
import { theme } from './theme';
import users from './users';

const StreamPage = lazy(() => import('./stream/StreamPage'));
const ReportsPage = lazy(() => import('./reports/ReportsPage'));
const WorkflowSettingsPage = lazy(() => import('./workflow-settings/WorkflowSettingsPage'));

/** One <Resource> per API resource; each folder loads its pages lazily. The API decides access. */
export const App = () => (
  <Admin
    title="舆情回应工作台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    theme={theme}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="messages" {...messages} />
    <Resource name="alerts" {...alerts} />
    <Resource name="events" {...events} />
    <Resource name="schemes" {...schemes} />
    <Resource name="risk-rules" {...riskRules} />
    <Resource name="shifts" {...shifts} />
    <Resource name="handovers" {...handovers} />
    <Resource name="cases" {...cases} />
    <Resource name="drafts" />
    <Resource name="responses" {...responses} />
    <Resource name="sources" {...sources} />
    <Resource name="categories" {...categories} />
    <Resource name="departments" {...departments} />
    <Resource name="places" {...places} />
    <Resource name="routing-rules" {...routingRules} />
    <Resource name="users" {...users} />
    <Resource name="deadline-policies" {...deadlinePolicies} />
    <Resource name="calendar" {...calendar} />
    <Resource name="workflow-settings" icon={TuneIcon} />
    <Resource name="templates" {...templates} />
    <Resource name="api-keys" {...apiKeys} />
    <Resource name="audit-log" {...auditLog} />
    <CustomRoutes>
      <Route path="/stream" element={<StreamPage />} />
      <Route path="/reports" element={<ReportsPage />} />
      <Route path="/workflow-settings" element={<WorkflowSettingsPage />} />
    </CustomRoutes>
  </Admin>
);
