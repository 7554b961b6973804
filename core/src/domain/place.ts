import { z } from 'zod';
import { id, text } from './fields';
import { updateOf } from './update';

/**
 * Levels of the city's places (地名库): divisions, district or county → street or town → community,
 * and the named spots citizens write about: roads, residential compounds, landmarks.
 */
export const placeKinds = ['district', 'subdistrict', 'community', 'road', 'compound', 'landmark'] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** Which level a division may sit in; spots (roads, compounds, landmarks) sit in any division or the city. */
export const placeParentKinds: Record<PlaceKind, readonly (PlaceKind | null)[]> = {
  district: [null],
  subdistrict: ['district'],
  community: ['subdistrict'],
  road: [null, 'district', 'subdistrict', 'community'],
  compound: [null, 'district', 'subdistrict', 'community'],
  landmark: [null, 'district', 'subdistrict', 'community'],
};

const placeName = () =>
  text(32, { min: 1 }).refine(
    (v) => !/[\s,，、;；]/.test(v),
    '地名不能含空格或分隔符 (no spaces or separators)',
  );

export const PlaceCreateSchema = z.object({
  name: placeName(),
  kind: z.enum(placeKinds),
  parentId: id().nullable().default(null),
  aliases: z.array(placeName()).max(20).default([]),
  active: z.boolean().default(true),
});
export type PlaceCreate = z.infer<typeof PlaceCreateSchema>;

export const PlaceUpdateSchema = updateOf(PlaceCreateSchema);
export type PlaceUpdate = z.infer<typeof PlaceUpdateSchema>;

/** Filters of `GET /api/places` (react-admin `filter` JSON). */
export const PlaceFilterSchema = z.object({
  q: text(32).optional(),
  kind: z.union([z.enum(placeKinds), z.array(z.enum(placeKinds)).max(6)]).optional(),
  parentId: id().optional(),
  id: z.union([id(), z.array(id()).max(500)]).optional(),
});
export type PlaceFilter = z.infer<typeof PlaceFilterSchema>;
