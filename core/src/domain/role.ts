/**
 * The desk's roles and their display names. No zod here: the admin's initial bundle reads them through
 * `@desk/core/access` (the sign-in chip, the access table); `RoleSchema` lives in user.ts.
 */
export const roles = ['admin', 'duty', 'handler', 'reviewer', 'leader'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  duty: { zh: '值班员', en: 'Duty officer' },
  handler: { zh: '承办单位', en: 'Department handler' },
  reviewer: { zh: '审核', en: 'Reviewer' },
  leader: { zh: '领导', en: 'Leader' },
};
