import { Admin, Resource } from 'react-admin';
import departments from './departments';
import { i18nProvider } from './i18n';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import users from './users';

export const App = () => (
  <Admin
    title="舆情回应工作台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    requireAuth
  >
    {(role: string) => (
      <>
        <Resource name="departments" {...departments} />
        {role === 'admin' ? <Resource name="users" {...users} /> : null}
      </>
    )}
  </Admin>
);
