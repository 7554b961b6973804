import AhoCorasick from 'modern-ahocorasick/fast';
import type { PlaceKind } from '../domain/place';

/** A place as the gazetteer needs it: a row of `places` or an entry of the seed file. */
export interface PlaceEntry {
  key: number | string;
  name: string;
  kind: PlaceKind;
  aliases: string[];
  parentKey: number | string | null;
}

export interface PlaceMention {
  /** The words as written in the text (the name or an alias). */
  text: string;
  start: number;
  /** Every place of that name (two villages may share one); the first is the most specific. */
  places: PlaceEntry[];
}

/**
 * How much one mention says about the region: a district named outright outweighs a street or town,
 * which outweighs a road or compound (roads cross districts; compounds are often misspelt).
 */
const REGION_WEIGHT: Record<PlaceKind, number> = {
  district: 3,
  subdistrict: 2,
  community: 2,
  road: 1,
  compound: 1,
  landmark: 1,
};

const KIND_ORDER: PlaceKind[] = ['community', 'compound', 'landmark', 'road', 'subdistrict', 'district'];

/**
 * The places of the city, found in text by an Aho–Corasick automaton over every name and alias (the
 * longest name wins where two overlap: 新厂西路 over 新厂). Immutable: an edit builds a new one.
 */
export class Gazetteer {
  readonly places: readonly PlaceEntry[];
  private readonly byKey = new Map<number | string, PlaceEntry>();
  private readonly byName = new Map<string, PlaceEntry[]>();
  private readonly matcher: AhoCorasick<string> | null;

  constructor(places: readonly PlaceEntry[]) {
    this.places = places;
    for (const place of places) {
      this.byKey.set(place.key, place);
      for (const name of new Set([place.name, ...place.aliases])) {
        const list = this.byName.get(name) ?? [];
        list.push(place);
        this.byName.set(name, list);
      }
    }
    for (const list of this.byName.values())
      list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const names = [...this.byName.keys()];
    this.matcher = names.length ? new AhoCorasick(names) : null;
  }

  /** Every name and alias, for the jieba and Meilisearch dictionaries. */
  names(): string[] {
    return [...this.byName.keys()];
  }

  /** The places a word names exactly, most specific first (none for an unknown word). */
  lookup(word: string): readonly PlaceEntry[] {
    return this.byName.get(word) ?? [];
  }

  /** The district or county a place lies in (itself for a district), or null for a city-wide place. */
  districtOf(place: PlaceEntry): PlaceEntry | null {
    let current: PlaceEntry | undefined = place;
    for (let depth = 0; current && depth < 8; depth++) {
      if (current.kind === 'district') return current;
      current = current.parentKey === null ? undefined : this.byKey.get(current.parentKey);
    }
    return null;
  }

  /** The names of the districts and counties. */
  districtNames(): string[] {
    return this.places.filter((p) => p.kind === 'district').map((p) => p.name);
  }

  /** Place names in the text, left to right, the longest where two overlap. */
  mentions(text: string): PlaceMention[] {
    if (!this.matcher || !text) return [];
    return this.matcher
      .search(text, { strategy: 'leftmost-longest' })
      .map((m) => ({ text: m.pattern, start: m.start, places: this.byName.get(m.pattern) ?? [] }));
  }

  /**
   * The district or county a text is about: each mention votes for the district of its place (weighted
   * by how precise its level is); the most votes win, a tie goes to the district mentioned first.
   */
  regionOf(text: string): string | null {
    const votes = new Map<string, { score: number; first: number }>();
    for (const mention of this.mentions(text)) {
      const districts = new Set(
        mention.places.map((p) => this.districtOf(p)?.name).filter((d): d is string => !!d),
      );
      // An ambiguous name shared by places of several districts says nothing about which.
      if (districts.size !== 1) continue;
      const [district] = districts as Set<string>;
      const vote = votes.get(district!) ?? { score: 0, first: mention.start };
      vote.score += REGION_WEIGHT[mention.places[0]!.kind];
      votes.set(district!, vote);
    }
    let best: { name: string; score: number; first: number } | null = null;
    for (const [name, v] of votes)
      if (!best || v.score > best.score || (v.score === best.score && v.first < best.first))
        best = { name, ...v };
    return best?.name ?? null;
  }
}
