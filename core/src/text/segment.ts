import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';

/**
 * The city's user dictionary (places, departments, policy terms) as `word freq tag` lines. The same
 * file feeds Meilisearch's `dictionary` setting, so the index and our keywords split words alike.
 */
export const cityDictionaryPath = fileURLToPath(new URL('./dict/city.dict.utf8', import.meta.url));

let loaded = false;

function ensureLoaded(): void {
  if (loaded) return;
  // '|' separates several user dictionaries for cppjieba; keep jieba's own user dict too.
  const { DEFAULT_USER_DICT } = nodejieba as unknown as { DEFAULT_USER_DICT: string };
  nodejieba.load({ userDict: `${DEFAULT_USER_DICT}|${cityDictionaryPath}` });
  loaded = true;
}

/** Words of a text, jieba exact mode with HMM (keeps digit runs like 12345 and 13912345678 whole). */
export function segment(text: string): string[] {
  ensureLoaded();
  return nodejieba.cut(text, true);
}

/** Words plus their shorter parts (jieba search mode), for indexing and recall-oriented matching. */
export function segmentForSearch(text: string): string[] {
  ensureLoaded();
  return nodejieba.cutForSearch(text, true);
}

/** Top TF-IDF keywords with jieba's IDF table. */
export function extractKeywords(text: string, top = 8): { word: string; weight: number }[] {
  ensureLoaded();
  return nodejieba.extract(text, top);
}
