import { z } from 'zod';

import { type Role, roles } from './role';

export { type Role, roleLabels, roles } from './role';
export const RoleSchema = z.enum(roles);

export const UserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  departmentId: z.number().int().nullable(),
  active: z.boolean(),
});
export type User = z.infer<typeof UserSchema>;

/** What a session knows about the signed-in person; every access decision takes this. */
export type Actor = Pick<User, 'id' | 'username' | 'displayName' | 'role' | 'departmentId'>;

export const LoginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type Login = z.infer<typeof LoginSchema>;

const handlerNeedsDepartment = {
  message: 'a department handler needs a department (承办人必须属于一个部门)',
  path: ['departmentId'],
};
const hasDepartmentIfHandler = (u: { role?: Role; departmentId?: number | null }) =>
  u.role !== 'handler' || u.departmentId != null;

export const UserCreateSchema = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z0-9_.-]{2,64}$/i, 'letters, digits, _ . - (2–64)'),
    displayName: z.string().trim().min(1).max(64),
    password: z.string().min(8).max(256),
    role: RoleSchema,
    departmentId: z.number().int().nullable().default(null),
    active: z.boolean().default(true),
  })
  .refine(hasDepartmentIfHandler, handlerNeedsDepartment);
export type UserCreate = z.infer<typeof UserCreateSchema>;

/** What an administrator may change on an account; a new password is optional. */
export const UserUpdateSchema = z
  .object({
    displayName: z.string().trim().min(1).max(64),
    role: RoleSchema,
    departmentId: z.number().int().nullable().default(null),
    active: z.boolean(),
    password: z.string().min(8).max(256).optional(),
  })
  .refine(hasDepartmentIfHandler, handlerNeedsDepartment);
export type UserUpdate = z.infer<typeof UserUpdateSchema>;
