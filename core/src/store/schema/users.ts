import { boolean, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { roles } from '../../domain/user';
import { stamp } from './columns';
import { departments } from './departments';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: roles }).notNull(),
  departmentId: integer('department_id').references(() => departments.id),
  active: boolean('active').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: stamp('locked_until'),
  lastLoginAt: stamp('last_login_at'),
  createdAt: stamp('created_at').notNull().defaultNow(),
});
