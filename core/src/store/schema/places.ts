import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { boolean, index, integer, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { placeKinds } from '../../domain/place';
import { stamp, textArray } from './columns';

/**
 * The gazetteer (地名库): districts and counties, their streets and towns, communities, and the roads,
 * compounds and landmarks inside them. Region tags, the jieba and Meilisearch dictionaries and routing
 * read it; workers re-read it when it changes.
 */
export const places = pgTable(
  'places',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: placeKinds }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => places.id, { onDelete: 'restrict' }),
    aliases: textArray('aliases'),
    active: boolean('active').notNull().default(true),
    createdAt: stamp('created_at').notNull().defaultNow(),
    updatedAt: stamp('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // Two places of one name may exist (two villages), not under the same parent.
    unique('places_parent_name_key').on(t.parentId, t.name).nullsNotDistinct(),
    index('places_name_idx').on(t.name),
  ],
);
