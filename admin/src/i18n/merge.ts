type Messages = Record<string, unknown>;

/** Merge catalogues key by key (later wins), so each area keeps its strings in its own file. */
export function deepMerge(base: Messages, ...overs: Messages[]): Messages {
  const out: Messages = { ...base };
  for (const over of overs)
    for (const [key, value] of Object.entries(over)) {
      const prev = out[key];
      out[key] =
        value && typeof value === 'object' && prev && typeof prev === 'object'
          ? deepMerge(prev as Messages, value as Messages)
          : value;
    }
  return out;
}
