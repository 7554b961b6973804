import { asc, eq } from 'drizzle-orm';
import type { CategoryRule } from '../../../classify/keyword-rules';
import { seedCategories } from '../../../classify/seed-categories';
import type { CategoryCreate, CategoryUpdate } from '../../../domain/category';
import type { Db } from '../../db';
import { categories } from '../../schema';

export type CategoryRow = typeof categories.$inferSelect;

export const listCategories = (db: Db): Promise<CategoryRow[]> =>
  db.select().from(categories).orderBy(asc(categories.sortOrder), asc(categories.id));

export async function getCategory(db: Db, id: number): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(categories).where(eq(categories.id, id));
  return row;
}

export async function createCategory(db: Db, input: CategoryCreate): Promise<CategoryRow> {
  const [row] = await db.insert(categories).values(input).returning();
  return row!;
}

export async function updateCategory(
  db: Db,
  id: number,
  input: CategoryUpdate,
): Promise<CategoryRow | undefined> {
  const [row] = await db
    .update(categories)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(categories.id, id))
    .returning();
  return row;
}

/** Insert the starting taxonomy with its keywords; existing categories (maybe edited) are left alone. */
export async function seedTopicCategories(db: Db): Promise<void> {
  await db
    .insert(categories)
    .values(
      seedCategories.map((c, i) => ({
        code: c.code,
        name: c.category,
        nameEn: c.nameEn,
        keywords: c.keywords,
        sortOrder: i,
      })),
    )
    .onConflictDoNothing();
}

/** The active categories as keyword rules for the first guess. */
export async function categoryRules(db: Db): Promise<CategoryRule[]> {
  const rows = await listCategories(db);
  return rows.filter((r) => r.active).map((r) => ({ category: r.name, keywords: r.keywords }));
}
