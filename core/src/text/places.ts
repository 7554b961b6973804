import type { PlaceKind } from '../domain/place';
import seed from './dict/places.jingdezhen.json' with { type: 'json' };
import { Gazetteer, type PlaceEntry } from './gazetteer';

/** A place of the seed file, with the places inside it. */
export interface SeedPlace {
  name: string;
  kind: PlaceKind;
  aliases?: string[];
  children?: SeedPlace[];
}

/** The seed tree as flat entries; a place's key is its path of names (unique even where names repeat). */
export function flattenSeed(tree: readonly SeedPlace[], parentKey: string | null = null): PlaceEntry[] {
  return tree.flatMap((place) => {
    const key = parentKey ? `${parentKey}/${place.name}` : place.name;
    return [
      { key, name: place.name, kind: place.kind, aliases: place.aliases ?? [], parentKey },
      ...flattenSeed(place.children ?? [], key),
    ];
  });
}

/** The demo city's gazetteer (dict/places.jingdezhen.json), seeded into `places` on first start. */
export const seedCity: string = seed.city;
export const seedPlaces: readonly SeedPlace[] = seed.places as SeedPlace[];
export const seedGazetteer = new Gazetteer(flattenSeed(seedPlaces));

type Listener = (gazetteer: Gazetteer) => void;
let active = seedGazetteer;
const listeners: Listener[] = [];

/** The gazetteer this process tags with: the seed until the places table is read. */
export const currentGazetteer = (): Gazetteer => active;

/** Switch to an edited gazetteer (a worker re-reading `places`); the tokenizer learns new names. */
export function useGazetteer(gazetteer: Gazetteer): void {
  active = gazetteer;
  for (const listener of listeners) listener(gazetteer);
}

/** Be told of every switch (the jieba dictionary adds the new names). */
export function onGazetteerChange(listener: Listener): void {
  listeners.push(listener);
}
