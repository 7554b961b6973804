import { sql } from 'drizzle-orm';
import { integer, text, timestamp } from 'drizzle-orm/pg-core';

/** Column shapes every table uses alike: instants with their zone, and arrays that are never null. */
export const stamp = (name: string) => timestamp(name, { withTimezone: true });
export const textArray = (name: string) => text(name).array().notNull().default(sql`'{}'::text[]`);
export const intArray = (name: string) => integer(name).array().notNull().default(sql`'{}'::integer[]`);
