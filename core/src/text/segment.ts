import { readFileSync } from 'node:fs';
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

interface IdfTable {
  idf: Map<string, number>;
  average: number;
  stopWords: Set<string>;
}
let idfTable: IdfTable | undefined;

/** jieba's IDF table and stop words, read once (~0.3 s), for keywords of already segmented text. */
function loadIdf(): IdfTable {
  if (idfTable) return idfTable;
  const paths = nodejieba as unknown as { DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };
  const idf = new Map<string, number>();
  let sum = 0;
  for (const line of readFileSync(paths.DEFAULT_IDF_DICT, 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const value = Number(line.slice(space + 1));
    idf.set(line.slice(0, space), value);
    sum += value;
  }
  const stopWords = new Set(
    readFileSync(paths.DEFAULT_STOP_WORD_DICT, 'utf8')
      .split('\n')
      .map((w) => w.trim()),
  );
  idfTable = { idf, average: sum / Math.max(idf.size, 1), stopWords };
  return idfTable;
}

/**
 * Top TF-IDF keywords of text already cut by `segment`: the same rule as jieba's extractor (single
 * characters and stop words skipped, count × IDF, unknown words get the average IDF) without cutting
 * the text a second time.
 */
export function keywordsFromTokens(tokens: readonly string[], top = 8): { word: string; weight: number }[] {
  const { idf, average, stopWords } = loadIdf();
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if ([...token].length <= 1 || stopWords.has(token)) continue;
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, n]) => ({ word, weight: n * (idf.get(word) ?? average) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, top);
}
