import { currentGazetteer, seedCity, seedGazetteer } from './places';

/**
 * The district or county a message is about, from the places it names (the gazetteer of `places`,
 * editable by the administrator): a district outright, a street or town, a community, a road, a
 * compound or a landmark. Null when it names none.
 */
export function tagRegion(text: string): string | null {
  return currentGazetteer().regionOf(text);
}

/** A district of the seed with the names of the streets, towns and places inside it (demo generator). */
export interface RegionEntry {
  name: string;
  places: string[];
}

export const cityName: string = seedCity;
export const regions: readonly RegionEntry[] = seedGazetteer.places
  .filter((p) => p.kind === 'district')
  .map((district) => ({
    name: district.name,
    places: seedGazetteer.places
      .filter((p) => seedGazetteer.districtOf(p) === district)
      .flatMap((p) => [p.name, ...p.aliases]),
  }));
export const regionNames: readonly string[] = regions.map((r) => r.name);
