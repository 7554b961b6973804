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

/**
 * Load jieba's dictionaries once (seconds of blocking work on a busy machine). Every cut calls it; a
 * process that serves requests calls it before it listens, so it never freezes while serving.
 */
export function loadSegmenter(): void {
  if (loaded) return;
  // '|' separates several user dictionaries for cppjieba; keep jieba's own user dict too.
  const { DEFAULT_USER_DICT } = nodejieba as unknown as { DEFAULT_USER_DICT: string };
  nodejieba.load({ userDict: `${DEFAULT_USER_DICT}|${cityDictionaryPath}` });
  loaded = true;
  teachPlaces(currentGazetteer());
}

/** Words of a text, jieba exact mode with HMM (keeps digit runs like 12345 and 13912345678 whole). */
export function segment(text: string): string[] {
  loadSegmenter();
  return nodejieba.cut(text, true);
}

export interface TaggedWord {
  word: string;
  /** jieba's part of speech (ICTCLAS set: n noun, ns place, nt organisation, vn verb-noun, v verb, x unknown …). */
  tag: string;
}

/** Words of a text with their part of speech; the same words as `segment`. */
export function tagWords(text: string): TaggedWord[] {
  loadSegmenter();
  return nodejieba.tag(text);
}

/** Words plus their shorter parts (jieba search mode), for indexing and recall-oriented matching. */
export function segmentForSearch(text: string): string[] {
  loadSegmenter();
  return nodejieba.cutForSearch(text, true);
}
