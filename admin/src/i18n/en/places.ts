import type { placesZh } from '../zh-CN/places';

/** The gazetteer in English (same keys as zh-CN/places.ts). */
export const placesEn: typeof placesZh = {
  resources: {
    places: {
      name: 'Place |||| Places',
      fields: {
        name: 'Name',
        kind: 'Level',
        parentId: 'Lies in',
        aliases: 'Other names',
        active: 'Active',
        q: 'Search',
      },
    },
  },
  desk: {
    enum: {
      placeKind: {
        district: 'District or county',
        subdistrict: 'Street or town',
        community: 'Community or village',
        road: 'Road',
        compound: 'Residential compound',
        landmark: 'Landmark',
      },
    },
    routing: {
      keywords: 'Keywords',
      region: 'Region',
      no_region: 'No region recognised',
      none: 'None',
      asking: 'Asking for a routing proposal…',
      basis: {
        rule: 'Routing rule',
        usual: 'Usual department',
        similar: 'Similar cases',
        event: 'Same event',
      },
    },
    places: {
      parent_help:
        'None for a district; a district for a street or town; a street or town for a community; any division for a road, compound or landmark (none when it crosses districts)',
      aliases_help: 'Other names citizens use, e.g. 瑶里 for 瑶里镇',
    },
  },
};
