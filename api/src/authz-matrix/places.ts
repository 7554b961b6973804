import { schema } from '@desk/core/store';
import { eq } from 'drizzle-orm';
import type { Fixtures } from './fixtures';
import { adminOnly, everyone, type Matrix } from './types';

const unique = () => `矩阵${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A compound of its own under the seeded 珠山区, for each call that changes or deletes one. */
async function freshPlace(f: Fixtures): Promise<number> {
  const [district] = await f.db
    .select({ id: schema.places.id })
    .from(schema.places)
    .where(eq(schema.places.name, '珠山区'));
  const [row] = await f.db
    .insert(schema.places)
    .values({ name: unique(), kind: 'compound', parentId: district!.id })
    .returning({ id: schema.places.id });
  return row!.id;
}

/** The gazetteer: every role reads it, the administrator edits it. */
export const matrix: Matrix = {
  'GET /api/places': { access: everyone },
  'GET /api/places/:id': { access: everyone, params: async (f) => ({ id: await freshPlace(f) }) },
  'POST /api/places': { access: adminOnly, body: () => ({ name: unique(), kind: 'landmark' }) },
  'PUT /api/places/:id': {
    access: adminOnly,
    params: async (f) => ({ id: await freshPlace(f) }),
    body: { aliases: ['矩阵别名'] },
  },
  'DELETE /api/places/:id': { access: adminOnly, params: async (f) => ({ id: await freshPlace(f) }) },
};
