/** The shape of a catalogue with the same keys as the Chinese reference, so no key is forgotten. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
