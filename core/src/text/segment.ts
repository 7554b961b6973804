import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import type { Gazetteer } from './gazetteer';
import { currentGazetteer, onGazetteerChange } from './places';

/**
 * The city's user dictionary (places, departments, policy terms) as `word freq tag` lines. The same
 * file feeds Meilisearch's `dictionary` setting, so the index and our keywords split words alike.
 */
export const cityDictionaryPath = fileURLToPath(new URL('./dict/city.dict.utf8', import.meta.url));

let loaded = false;
const taught = new Set<string>();

/** Place names become words (tag ns), so 新厂西路 is not cut into 新厂 / 西路. jieba cannot forget a word. */
function teachPlaces(gazetteer: Gazetteer): void {
  if (!loaded) return;
  for (const name of gazetteer.names()) {
    if (taught.has(name)) continue;
    nodejieba.insertWord(name, 'ns');
    taught.add(name);
  }
}
onGazetteerChange(teachPlaces);

function ensureLoaded(): void {
  if (loaded) return;
  // '|' separates several user dictionaries for cppjieba; keep jieba's own user dict too.
  const { DEFAULT_USER_DICT } = nodejieba as unknown as { DEFAULT_USER_DICT: string };
  nodejieba.load({ userDict: `${DEFAULT_USER_DICT}|${cityDictionaryPath}` });
  loaded = true;
  teachPlaces(currentGazetteer());
}

/**
 * Load jieba's dictionaries now (seconds of blocking work on a busy machine) rather than on the first
 * message, so a process loads them before it answers requests and never freezes while serving.
 */
export function loadSegmenter(): void {
  ensureLoaded();
}

/** Words of a text, jieba exact mode with HMM (keeps digit runs like 12345 and 13912345678 whole). */
export function segment(text: string): string[] {
  ensureLoaded();
  return nodejieba.cut(text, true);
}

export interface TaggedWord {
  word: string;
  /** jieba's part of speech (ICTCLAS set: n noun, ns place, nt organisation, vn verb-noun, v verb, x unknown …). */
  tag: string;
}

/** Words of a text with their part of speech; the same words as `segment`. */
export function tagWords(text: string): TaggedWord[] {
  ensureLoaded();
  return nodejieba.tag(text);
}

/** Words plus their shorter parts (jieba search mode), for indexing and recall-oriented matching. */
export function segmentForSearch(text: string): string[] {
  ensureLoaded();
  return nodejieba.cutForSearch(text, true);
}
