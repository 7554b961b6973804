import { z } from 'zod';
import { updateOf } from './update';

const words = z.array(z.string().trim().min(1).max(64)).max(100);

/**
 * A monitoring scheme (监测方案) as analysts write it: any region word AND any subject word AND any
 * event word, and NONE of the exclusion words; an empty group does not restrict. Filters narrow by
 * source, channel and tagged region.
 */
const schemeFields = z.object({
  name: z.string().trim().min(1).max(64),
  description: z.string().trim().max(500).nullable().default(null),
  regionWords: words.default([]),
  subjectWords: words.default([]),
  eventWords: words.default([]),
  excludeWords: words.default([]),
  sourceIds: z.array(z.number().int().positive()).max(100).default([]),
  channels: z.array(z.string().max(16)).max(10).default([]),
  regions: z.array(z.string().max(32)).max(50).default([]),
  alertThreshold: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});

/** A scheme must name at least one word to look for; checked on create and, against the stored scheme, on update. */
export const schemeHasWords = (s: { regionWords: string[]; subjectWords: string[]; eventWords: string[] }) =>
  s.regionWords.length + s.subjectWords.length + s.eventWords.length > 0;
export const schemeNeedsWords = {
  message: 'a scheme needs at least one region, subject or event word',
  path: ['subjectWords'],
};

export const SchemeCreateSchema = schemeFields.refine(schemeHasWords, schemeNeedsWords);
export type SchemeCreate = z.infer<typeof SchemeCreateSchema>;
/** An update changes only what it sends. */
export const SchemeUpdateSchema = updateOf(schemeFields);
export type SchemeUpdate = z.infer<typeof SchemeUpdateSchema>;

export interface SchemeRule {
  id: number;
  regionWords: string[];
  subjectWords: string[];
  eventWords: string[];
  excludeWords: string[];
  sourceIds: number[];
  channels: string[];
  regions: string[];
}
