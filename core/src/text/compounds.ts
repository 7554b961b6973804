import type { TaggedWord } from './segment';

/**
 * Names jieba does not know are cut into parts (沿江东路 → 沿江 / 东路, 伊景园滨河苑 → 伊 / 景园 / 滨河 /
 * 苑). A name ends in a telling word; the name-like words before it are joined to it again.
 */
export type NameKind = 'place' | 'entity';

const ROAD_ENDINGS = ['路', '东路', '西路', '南路', '北路', '中路', '大道', '大街', '街', '巷', '弄', '桥'];
const PLACE_ENDINGS = [
  ...[...ROAD_ENDINGS, '隧道', '高速', '小区', '社区', '花园', '新城', '苑', '园', '城', '家园', '华庭'],
  ...['庭', '府', '湾', '公寓', '新村', '村'],
  ...['大厦', '广场', '公馆', '山庄', '街道', '镇', '乡', '片区', '公园', '景区', '地铁站', '车站', '码头'],
];
const ENTITY_ENDINGS = [
  ...['学院', '大学', '学校', '小学', '中学', '幼儿园', '医院', '卫生院', '诊所', '公司', '集团', '厂'],
  ...['站', '银行', '机构', '中心', '市场', '超市', '酒店', '商场', '馆', '店', '养老院', '敬老院', '协会'],
];
const ENDINGS = new Map<string, NameKind>([
  ...PLACE_ENDINGS.map((w) => [w, 'place'] as const),
  ...ENTITY_ENDINGS.map((w) => [w, 'entity'] as const),
]);

/** Parts of speech a part of a name may have: nouns, unknown words, letters. */
const NAME_PART_TAGS = new Set(['n', 'nr', 'ns', 'nz', 'nt', 'nrt', 'nrfg', 'ng', 'j', 'x', 'eng', 'b']);
/** Verb-nouns and verbs start organisation and road names (培训机构, 劳动东路, 搅拌厂) but not compounds. */
const ENTITY_PART_TAGS = new Set([...NAME_PART_TAGS, 'vn', 'v']);
const ROAD_PART_TAGS = ENTITY_PART_TAGS;
/** Words that end a road or a compound start no name of their own (东路魅力之城 is 魅力之城). */
const NOT_A_PART = new Set([...ROAD_ENDINGS, '小区', '社区']);
/** Nouns that stand before a place word without being part of its name (业主小区, 附近路段). */
const NOT_A_NAME = new Set(['业主', '居民', '市民', '我家', '楼下', '门口', '道路', '马路', '学生', '问题']);
/** House numbers are part of a road's name (六号路); phases and buildings are not (二期小区, 六楼). */
const NUMBERED = /^[0-9一二三四五六七八九十百]+号$/;
export const BUILDING_PART = /^[0-9一二三四五六七八九十百]+(期|栋|幢|楼|层|单元|组|批)$/;
/**
 * Words jieba guessed (tag x) that start or end in a function character are glued phrases (何时能, 局在),
 * and so are those starting with a negation or a quantity (不全, 没交, 多收, 少发): a verb phrase, not a name.
 */
const GLUED =
  /^[距号的了是在和与及或被把向对从给到个未无能会要将让之其此何时也都还就又再很太更最已不没多少]|[的了是在和与及或被把向对从给到个未无能会要将让之其此也都还就又再很太更最已]$/;
/** A division's last character: a part ending in it is a division, not part of a name (南区, 西地省). */
const DIVISION_END = /[省市区县]$/;
/** Unknown words ending in a place character are endings too (营镇 of 大屯营镇, 岭路 of 雷公岭路). */
const PLACE_CHAR_END = /[路街镇乡村苑园城湾]$/;
/** jieba's guesses for such words: unknown, a place, or a person's name (景新城 of 丽景新城). */
const GUESSED_PLACE_TAGS = new Set(['x', 'ns', 'nr']);
const MAX_PARTS = 3;
const MAX_NAME_LENGTH = 9;
const HAN_OR_LETTER = /[\p{Script=Han}A-Za-z]/u;

const GUESSED = new Set(['x', 'nr', 'nz']);
/** A glued phrase jieba guessed or mistook for a name, not a word (何时能, 未到). */
export const isGlued = (w: TaggedWord): boolean => GUESSED.has(w.tag) && GLUED.test(w.word);

/** The kind of name a longer word ends like (陶瓷厂 → entity, 人民广场 → place), if any. */
export function endsLikeName(word: string): NameKind | undefined {
  for (const length of [3, 2, 1]) {
    const kind = length < word.length ? ENDINGS.get(word.slice(-length)) : undefined;
    if (kind) return kind;
  }
  return undefined;
}

/** An organisation's name without its ending (搅拌站 and 搅拌厂 → 搅拌): one thing written two ways. */
export function entityCore(word: string): string {
  for (const length of [3, 2, 1])
    if (length < word.length - 1 && ENDINGS.get(word.slice(-length)) === 'entity')
      return word.slice(0, -length);
  return word;
}

/**
 * A word that only ends names (西路, 小区, 学院): never a keyword on its own. Endings of three or more
 * characters are things in their own right (养老院, 幼儿园, 地铁站) and stay keywords.
 */
export const isEnding = (word: string): boolean => ENDINGS.has(word) && word.length < 3;

/** Any word that ends names, of whatever length (学院, 养老院, 地铁站): generic, never one name. */
export const isNameEnding = (word: string): boolean => ENDINGS.has(word);

function endingKind(w: TaggedWord): NameKind | undefined {
  const kind = ENDINGS.get(w.word);
  if (kind) return kind;
  if (GUESSED_PLACE_TAGS.has(w.tag) && w.word.length <= 3 && PLACE_CHAR_END.test(w.word)) return 'place';
  return undefined;
}

export interface NamedWord extends TaggedWord {
  /** Set when the word is a name rebuilt from parts (or ends in a name word). */
  name?: NameKind;
}

export interface NameRules {
  /** Filler that is never part of a name. */
  stop(word: string): boolean;
  /** A word that is a whole name already (a place of the gazetteer): never a part of a longer one. */
  whole(word: string): boolean;
}

function partTags(ending: string, kind: NameKind): Set<string> {
  if (kind === 'entity') return ENTITY_PART_TAGS;
  return ROAD_ENDINGS.includes(ending) ? ROAD_PART_TAGS : NAME_PART_TAGS;
}

function isPart(word: NamedWord, tags: Set<string>, rules: NameRules): boolean {
  return (
    !word.name &&
    (tags.has(word.tag) || NUMBERED.test(word.word)) &&
    !(word.tag === 'v' && (word.word.length < 2 || rules.stop(word.word))) &&
    !NOT_A_PART.has(word.word) &&
    !BUILDING_PART.test(word.word) &&
    !isGlued(word) &&
    !DIVISION_END.test(word.word) &&
    !(word.tag === 'x' && /^[省市区县]/.test(word.word)) &&
    HAN_OR_LETTER.test(word.word) &&
    word.word.length <= 4 &&
    !NOT_A_NAME.has(word.word) &&
    !rules.stop(word.word) &&
    !rules.whole(word.word)
  );
}

/** Join each name word (路, 小区, 学院 …) with up to three name-like words before it. */
export function joinNames(words: readonly TaggedWord[], rules: NameRules): NamedWord[] {
  const out: NamedWord[] = [];
  for (const word of words) {
    const kind = endingKind(word);
    if (!kind) {
      out.push(word);
      continue;
    }
    const tags = partTags(word.word, kind);
    let length = word.word.length;
    let parts = 0;
    while (parts < MAX_PARTS && out.length - parts > 0) {
      const before = out[out.length - parts - 1]!;
      if (!isPart(before, tags, rules) || length + before.word.length > MAX_NAME_LENGTH) break;
      // A verb is part of a name only right before its ending (搅拌厂; not 修建搅拌厂, 位于蔡锷路).
      if (before.tag === 'v' && parts > 0) break;
      length += before.word.length;
      parts++;
      if (before.tag === 'v') break;
    }
    // One character before a bare name word is rarely its name (滩小区, 郡小区): leave the words apart.
    const bare = ENDINGS.has(word.word);
    if (!parts || (bare && parts === 1 && out[out.length - 1]!.word.length < 2)) {
      out.push(word);
      continue;
    }
    const joined = out
      .splice(out.length - parts, parts)
      .map((w) => w.word)
      .join('');
    // 丽发新城小区 and 丽发新城 are one compound: 小区 is dropped after a name.
    const name = word.word === '小区' && joined.length >= 2 ? joined : joined + word.word;
    out.push({ word: name, tag: kind === 'place' ? 'ns' : 'nt', name: kind });
  }
  return out;
}
