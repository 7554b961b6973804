import { readFileSync } from 'node:fs';
import { cityDictionaryPath, currentGazetteer } from '@desk/core/text';

/**
 * Chinese tuning of the indexes. Meilisearch's tokenizer (charabia, jieba inside) splits digit runs
 * out of Chinese text (12345 → unfindable) and cuts some domain words apart (退费难 → 退/费难); its
 * `dictionary` setting keeps listed words whole. The words come from the same user dictionary jieba
 * loads (core/src/text/dict/city.dict.utf8), so the index and our keywords split text alike.
 */
export function cityDictionaryWords(path = cityDictionaryPath): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((word) => word && !word.startsWith('#'));
}

/** Government service hotlines: digit runs that must stay whole in Chinese text. */
export const hotlineNumbers = [
  '12345',
  '12315',
  '12333',
  '12320',
  '12329',
  '12369',
  '12319',
  '12348',
  '12355',
  '12366',
];

/**
 * Words citizens search for that jieba glues into longer words (待处理, 未解决, 已办理): listing them
 * makes the tokenizer cut them out, so 处理 finds 待处理 (meilisearch#4874).
 */
export const findableParts = ['处理', '解决', '办理', '维修', '答复', '回复', '整改'];

/** Terms a citizen may write in several ways; each group is searched as one (synonyms both ways). */
export const synonymGroups: string[][] = [
  ['12345', '市长热线', '政务服务便民热线', '12345热线'],
  ['医保', '医疗保险'],
  ['社保', '社会保险'],
  ['公积金', '住房公积金'],
  ['养老金', '养老保险金'],
  ['违建', '违章建筑', '违法建设'],
  ['低保', '最低生活保障'],
  ['12315', '消费者投诉热线'],
  ['噪音', '噪声'],
  ['网约车', '网络预约出租车'],
  ['城管', '城市管理'],
  ['依申请公开', '政府信息公开申请'],
];

/** Every term maps to the others of its group (Meilisearch synonyms are one-way unless listed both ways). */
export function synonymMap(groups: string[][] = synonymGroups): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group)
      map[term] = [...new Set([...(map[term] ?? []), ...group.filter((t) => t !== term)])];
  }
  return map;
}

/** Function words that carry no meaning in a query (query-side only in Meilisearch). */
export const stopWords = [
  '的',
  '了',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '么',
  '着',
  '得',
  '地',
  '和',
  '与',
  '及',
  '或',
  '请问',
];

/**
 * The dictionary: city words, the gazetteer's place names (the administrator's `places`, as this
 * process last read them), hotline numbers and every synonym term, so none of them is split.
 */
export function searchDictionary(placeNames: readonly string[] = currentGazetteer().names()): string[] {
  return [
    ...new Set([
      ...cityDictionaryWords(),
      ...placeNames,
      ...hotlineNumbers,
      ...findableParts,
      ...synonymGroups.flat(),
    ]),
  ].sort();
}

export const chineseSettings = (placeNames?: readonly string[]) => ({
  dictionary: searchDictionary(placeNames),
  synonyms: synonymMap(),
  stopWords,
});
