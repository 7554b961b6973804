/** Resource names and field labels in Chinese (en/resources.ts mirrors the keys). */
export const resourcesZh = {
  departments: {
    name: '部门 |||| 部门',
    fields: { name: '名称', code: '代码', nameEn: '英文名称', active: '启用' },
  },
  users: {
    name: '用户 |||| 用户',
    fields: {
      username: '用户名',
      displayName: '姓名',
      role: '角色',
      departmentId: '所属部门',
      active: '启用',
      password: '密码',
    },
  },
};
