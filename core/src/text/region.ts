import regionData from './dict/regions.json' with { type: 'json' };

/**
 * The city's districts and counties with the towns, streets and landmarks that place a message in
 * them (dict/regions.json, editable data). A message gets the region mentioned most; ties go to the
 * one mentioned first.
 */
export interface RegionEntry {
  name: string;
  places: string[];
}

export const cityName: string = regionData.city;
export const regions: readonly RegionEntry[] = regionData.regions;
export const regionNames: readonly string[] = regions.map((r) => r.name);

function countMentions(text: string, place: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let at = text.indexOf(place); at !== -1; at = text.indexOf(place, at + place.length)) {
    if (first === -1) first = at;
    count++;
  }
  return { count, first };
}

/** The district or county a text is about, or null when it names none. */
export function tagRegion(text: string): string | null {
  let best: { name: string; count: number; first: number } | null = null;
  for (const region of regions) {
    let count = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const place of region.places) {
      const found = countMentions(text, place);
      if (found.count === 0) continue;
      count += found.count;
      first = Math.min(first, found.first);
    }
    if (count === 0) continue;
    if (!best || count > best.count || (count === best.count && first < best.first))
      best = { name: region.name, count, first };
  }
  return best?.name ?? null;
}
