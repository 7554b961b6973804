import { BUILDING_PART, endsLikeName, isEnding, isGlued, joinNames, type NamedWord } from './compounds';
import { idfTable } from './idf';
import { currentGazetteer, seedCity } from './places';
import { tagWords } from './segment';

/**
 * What a keyword names: a place of the city below district level (a street, road, compound, landmark),
 * an organisation (a school, a factory, a company), or any other term. Divisions (the city, a district
 * or county) are the message's region, not a keyword.
 */
export type TermKind = 'division' | 'place' | 'entity' | 'term';

export interface Term {
  word: string;
  kind: TermKind;
  /** Count × jieba IDF (unknown words get the average IDF). */
  weight: number;
}

/** Anonymised divisions of some corpora (A市, A2区, K9县): cut out whole before jieba glues them on. */
const DIVISION_CODE = /[A-Za-z][0-9]{0,3}[市区县]/g;
const DIVISION_END = /[省市区县]$/;
/** A word jieba guessed (tag x) that starts with a division's last character is a fragment: 区丽发, 县负. */
const FRAGMENT_START = /^[省市区县]/;
const HAN_OR_LETTER = /[\p{Script=Han}A-Za-z]/u;
/** Nouns, other proper nouns, verb-nouns (维权, 施工), abbreviations and words jieba did not know. */
const TERM_TAGS = new Set(['n', 'nz', 'vn', 'ng', 'j', 'x', 'eng']);
/** A verb is a keyword only when it is specific (停水, 塌陷, 拖欠): jieba IDF at least this. */
const SPECIFIC_VERB_IDF = 8;

/**
 * Numbered names jieba cuts into a number and a fragment (3 / 号线, 第十六 / 中学, 一中): cut out whole
 * as organisations, so 地铁3号线 is not 地铁7号线 and 第十六中学 not 第十八中学.
 */
const NUMBERED_NAME =
  /[0-9一二三四五六七八九十]+号线|第?[0-9一二三四五六七八九十]{1,3}(?:中学|小学|中|小|幼儿园|人民医院)(?![心学国文全央间])/g;
/** What is cut out before jieba: anonymised divisions (A2区) and numbered names (3号线, 十六中). */
const CUT_OUT = new RegExp(`${DIVISION_CODE.source}|${NUMBERED_NAME.source}`, 'g');

function tagWithCodes(text: string): NamedWord[] {
  const words: NamedWord[] = [];
  let at = 0;
  for (const match of text.matchAll(CUT_OUT)) {
    if (match.index > at) words.push(...tagWords(text.slice(at, match.index)));
    const division = /[市区县]$/.test(match[0]) && /^[A-Za-z]/.test(match[0]);
    words.push(division ? { word: match[0], tag: 'code' } : { word: match[0], tag: 'nt', name: 'entity' });
    at = match.index + match[0].length;
  }
  if (at < text.length) words.push(...tagWords(at ? text.slice(at) : text));
  return words;
}

function isStop(word: string): boolean {
  return idfTable().stopWords.has(word);
}

/** The words of a text with names joined again (沿江东路, 伊景园滨河苑, 培训机构). */
export function tagNames(text: string): NamedWord[] {
  const gazetteer = currentGazetteer();
  return joinNames(tagWithCodes(text), {
    stop: isStop,
    whole: (w) => gazetteer.lookup(w).length > 0,
  });
}

function isTerm(w: NamedWord): boolean {
  const { word, tag } = w;
  if (tag === 'eng') return /^[a-z]{3,}$/i.test(word);
  if (tag === 'x' && FRAGMENT_START.test(word)) return false;
  const idf = idfTable().idf.get(word);
  // jieba calls many everyday nouns names (麻将馆, 红绿灯): keep those it knows, drop real names.
  if (tag === 'nr' || tag === 'nrt' || tag === 'nrfg') return idf !== undefined;
  if (tag === 'v') return (idf ?? 0) >= SPECIFIC_VERB_IDF;
  return TERM_TAGS.has(tag);
}

/** What kind of keyword a word is, or null when it is none. */
export function termKind(w: NamedWord): TermKind | null {
  if (w.tag === 'code' || w.word === seedCity || `${w.word}市` === seedCity) return 'division';
  if (w.word.length < 2 || !HAN_OR_LETTER.test(w.word) || isStop(w.word) || isEnding(w.word)) return null;
  if (BUILDING_PART.test(w.word) || isGlued(w)) return null;
  const places = currentGazetteer().lookup(w.word);
  if (places.length) return places[0]!.kind === 'district' ? 'division' : 'place';
  if (w.name) return w.name;
  if (w.tag === 'ns' || (w.tag === 'x' && /省$/.test(w.word)))
    return DIVISION_END.test(w.word) ? 'division' : 'place';
  if (w.tag === 'nt') return 'entity';
  if (!isTerm(w)) return null;
  // A word jieba knows that ends like a name is one (陶瓷厂, 加油站, 农贸市场).
  return (w.tag === 'n' || w.tag === 'nz') && w.word.length >= 3 ? (endsLikeName(w.word) ?? 'term') : 'term';
}

/** A district or county (not the city, not a province): of the gazetteer, or anonymised with a number (A2区). */
export function isDistrict(word: string): boolean {
  if (/^[A-Za-z]\d+[区县市]$/.test(word)) return true;
  return currentGazetteer().lookup(word)[0]?.kind === 'district';
}

/** Every keyword of a text with its kind and weight, heaviest first (divisions included, weight 0). */
export function textTerms(text: string): Term[] {
  const { idf, average } = idfTable();
  const counts = new Map<string, { kind: TermKind; n: number }>();
  for (const word of tagNames(text)) {
    const kind = termKind(word);
    if (!kind) continue;
    const seen = counts.get(word.word);
    if (seen) seen.n++;
    else counts.set(word.word, { kind, n: 1 });
  }
  return [...counts]
    .map(([word, { kind, n }]) => ({
      word,
      kind,
      weight: kind === 'division' ? 0 : n * (idf.get(word) ?? average),
    }))
    .sort((a, b) => b.weight - a.weight);
}

/** The `top` keywords of a text shown to people: no filler, no fragments, no divisions. */
export function extractTerms(text: string, top = 8): Term[] {
  return textTerms(text)
    .filter((t) => t.kind !== 'division')
    .slice(0, top);
}
