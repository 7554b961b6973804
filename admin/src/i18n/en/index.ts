import englishMessages from 'ra-language-english';

export const en = {
  ...englishMessages,
  resources: {
    departments: { name: 'Department |||| Departments', fields: { nameEn: 'English name' } },
    users: { name: 'User |||| Users', fields: { displayName: 'Name', departmentId: 'Department' } },
  },
  desk: { title: 'Opinion Desk' },
};
