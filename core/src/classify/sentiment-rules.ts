import type { InquiryType } from '../domain/message';
import {
  complaintWords,
  consultWords,
  courtesyPhrases,
  degreeWords,
  negators,
  type Polarity,
  plainNames,
  praiseWords,
} from './sentiment-lexicon';
import { sentimentPatterns } from './sentiment-patterns';
import { LexiconScanner } from './sentiment-scan';
import {
  categorySignals,
  inquiryTypeSignals,
  LONG_ACCOUNT_CHARS,
  LONG_ACCOUNT_WEIGHT,
} from './sentiment-signals';

/** One piece of evidence behind a score: a word, a phrasing pattern or a metadata signal. */
export interface SentimentReason {
  kind: 'word' | 'pattern' | 'signal';
  text: string;
  polarity: Polarity;
  weight: number;
  field?: 'title' | 'body';
  /** The word was negated ("不满意") or intensified ("非常"). */
  modifier?: string;
}

export interface SentimentInput {
  title: string;
  body?: string | null;
  /** The request type's code (`complaint`): a Chinese label must be read with inquiryTypeOf first. */
  inquiryType?: InquiryType | null;
  topic?: string | null;
}

/** The title is what the writer chose to stress: its evidence counts more than the body's. */
const TITLE_FACTOR = 1.5;
/**
 * A question in the body of a long complaint is mostly rhetorical ("请问为什么…"): question and policy
 * words there count less than in the title, where the writer states what the message is.
 */
const BODY_NEUTRAL_FACTOR = 0.7;
/** Reading the first part of a long body is enough: the grievance is told early, and speed matters. */
const MAX_BODY_CHARS = 800;
/** How far before a word a negator or degree word may stand (characters). */
const LOOKBEHIND = 3;
/**
 * A title that proposes (建议…, 希望增设…, …的建言: suggestion evidence of at least this weight, and
 * no complaint in it) says what the message is. The body's weak situation words (问题, 不便, 拥堵, 无法 …,
 * lexicon weight ≤ 1) are then the reasons the writer gives for the proposal, and count
 * BACKGROUND_FACTOR; strong grievance words (拖欠, 投诉 …) and the patterns count in full. Only a
 * proposal: a question title (请问…, 何时…) is as often a grievance whose body tells the harm.
 */
const PROPOSING_TITLE_MIN = 1.5;
const BACKGROUND_FACTOR = 0.3;
/** Shown before such a word on the message page. */
export const BACKGROUND_MODIFIER = '〔背景〕';

/** Complaint words first: a word in two lists counts as a complaint. */
const scanner = new LexiconScanner([
  ['negative', complaintWords],
  ['neutral', consultWords],
  ['positive', praiseWords],
  ['neutral', plainNames],
]);

function modifierBefore(text: string, at: number): { negated: string | null; degree: number; word?: string } {
  const before = text.slice(Math.max(0, at - LOOKBEHIND), at);
  const negated = negators.find((n) => before.endsWith(n)) ?? null;
  const degree = degreeWords.find(([d]) => before.includes(d));
  return { negated, degree: degree?.[1] ?? 1, word: degree?.[0] };
}

/**
 * Praise of a place, not of anyone's work: 欣赏家乡景色, 对溶洞赞美有加："山壑秀美". Admiring the scenery
 * is how a writer introduces a proposal or a complaint about a scenic spot; it is not 正面.
 */
const SCENERY =
  /景色|风景|美景|风光|景观|景致|山水|山川|湖光|秀色|秀美|秀丽|壮丽|壮观|名胜|古迹|溶洞|夜景|雪景/;
/** Words of admiring (a view as much as a deed); approval of a project (很有帮助) is not among them. */
const ADMIRING = new Set(['欣赏', '赞美', '称赞', '赞扬', '叫好', '好评']);
/** Shown before such a word (weight 0). */
export const SCENERY_MODIFIER = '〔景物〕';

function isScenery(text: string, at: number, term: string): boolean {
  return ADMIRING.has(term) && SCENERY.test(text.slice(Math.max(0, at - 6), at + term.length + 12));
}

/**
 * "Is it not allowed to…?" (是不是不能…, 是否不允许…) asks what a rule says: the prohibition is the
 * content of the question, not a grievance (是否违规 is suspicion, and stays a pattern of its own).
 */
const ASKED_BEFORE = /(是不是|是否|会不会|可不可以)$/;
const ASKED_RULES = new Set(['不能', '无法', '不准', '不允许', '不可以', '不让']);
/** Marks such a word (weight 0). */
export const ASKED_MODIFIER = '〔所问〕';

function isCourtesy(text: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - 6), at + 8);
  return courtesyPhrases.some((c) => around.includes(c));
}

/**
 * A word counts at most this often per field, like a pattern: a consultation that names 残疾人 five
 * times is not five times a grievance.
 */
const MAX_WORD_REPEATS = 2;

/** Words of all three lists in one field; a longer word hides the shorter ones inside it. */
function wordEvidence(
  text: string,
  field: 'title' | 'body',
  out: SentimentReason[],
  background = false,
): void {
  const seen = new Map<string, number>();
  for (const { term, weight, polarity, at } of scanner.scan(text)) {
    const times = (seen.get(term) ?? 0) + 1;
    seen.set(term, times);
    if (times > MAX_WORD_REPEATS) continue;
    const reason = wordReason(text, term, at, polarity, weight, field);
    if (background && polarity === 'negative' && reason.polarity === 'negative' && weight <= 1) {
      reason.weight *= BACKGROUND_FACTOR;
      reason.modifier = BACKGROUND_MODIFIER + (reason.modifier ?? '');
    }
    out.push(reason);
  }
}

/** Title evidence that the message proposes something (a word or pattern of suggestion). */
const PROPOSALS = new Set(['建议', '提议', '倡议', '构想', '建言', '献策', '盼新建', '能否新建']);

/** The title proposes and does not complain (see PROPOSING_TITLE_MIN). */
function proposesInTitle(titleReasons: SentimentReason[]): boolean {
  let neutral = 0;
  let proposes = false;
  for (const r of titleReasons) {
    if (r.polarity === 'negative' && r.weight > 0) return false;
    if (r.polarity === 'neutral') neutral += r.weight;
    if (PROPOSALS.has(r.text)) proposes = true;
  }
  return proposes && neutral >= PROPOSING_TITLE_MIN;
}

function wordReason(
  text: string,
  term: string,
  at: number,
  polarity: Polarity,
  weight: number,
  field: 'title' | 'body',
): SentimentReason {
  const { negated, degree, word } = modifierBefore(text, at);
  const fieldWeight = field === 'title' ? TITLE_FACTOR : polarity === 'neutral' ? BODY_NEUTRAL_FACTOR : 1;
  if (negated && polarity === 'positive')
    return {
      kind: 'word',
      text: term,
      polarity: 'negative',
      weight: weight * fieldWeight,
      field,
      modifier: negated,
    };
  if (negated && polarity === 'negative' && !/^[不没无未非]/.test(term))
    return { kind: 'word', text: term, polarity: 'neutral', weight: 0, field, modifier: negated };
  if (polarity === 'negative' && ASKED_RULES.has(term) && ASKED_BEFORE.test(text.slice(0, at)))
    return { kind: 'word', text: term, polarity: 'neutral', weight: 0, field, modifier: ASKED_MODIFIER };
  if (polarity === 'positive' && isScenery(text, at, term))
    return { kind: 'word', text: term, polarity, weight: 0, field, modifier: SCENERY_MODIFIER };
  const courtesy = polarity === 'positive' && field === 'body' && isCourtesy(text, at);
  // Degree words intensify feeling, not a question: 强烈建议 is no more a consultation than 建议.
  const w = courtesy ? 0 : weight * (polarity === 'neutral' ? 1 : degree) * fieldWeight;
  const modifier = courtesy ? 'courtesy' : polarity === 'neutral' ? undefined : word;
  return { kind: 'word', text: term, polarity, weight: w, field, modifier };
}

/**
 * Under a proposing title, exclamation marks (搞活旅游业！！) are eagerness for the proposal: they count
 * BACKGROUND_FACTOR, like the weak situation words. (A long body still counts in full: a long
 * proposal often tells years of grievance.)
 */
const BACKGROUND_PATTERNS = new Set(['感叹']);

function patternEvidence(
  text: string,
  field: 'title' | 'body',
  out: SentimentReason[],
  background = false,
): void {
  for (const { name, polarity, weight, re } of sentimentPatterns) {
    re.lastIndex = 0;
    const hits = text.match(re);
    if (!hits) continue;
    const fieldWeight = field === 'title' ? TITLE_FACTOR : polarity === 'neutral' ? BODY_NEUTRAL_FACTOR : 1;
    const w = weight * fieldWeight * Math.min(hits.length, 2);
    const reason: SentimentReason = { kind: 'pattern', text: name, polarity, weight: w, field };
    if (background && BACKGROUND_PATTERNS.has(name)) {
      reason.weight *= BACKGROUND_FACTOR;
      reason.modifier = BACKGROUND_MODIFIER;
    }
    out.push(reason);
  }
}

function signalEvidence(input: SentimentInput, bodyLength: number, out: SentimentReason[]): void {
  const type = input.inquiryType ? inquiryTypeSignals[input.inquiryType] : undefined;
  if (type) out.push({ kind: 'signal', text: `inquiryType:${input.inquiryType}`, ...type });
  const category = input.topic ? categorySignals[input.topic] : undefined;
  if (category)
    out.push({ kind: 'signal', text: `topic:${input.topic}`, polarity: 'negative', weight: category });
  if (bodyLength >= LONG_ACCOUNT_CHARS)
    out.push({ kind: 'signal', text: 'long-account', polarity: 'negative', weight: LONG_ACCOUNT_WEIGHT });
}

/**
 * A title that only asks (…是咋回事？, 关于…的困惑, 请问…, 是否…, 能否告知…) and holds no complaint evidence,
 * over a body without complaint evidence either (at most weak hints, below QUESTION_BODY_MAX), is an
 * information request: the signal QUESTION_TITLE_WEIGHT (neutral) keeps such a message out of
 * "no evidence is 负面". A question that complains (为什么…还不…, 何时才能…, 哪去了？, 怎么会…) has
 * complaint evidence in its title, and one whose body tells the harm has it in the body: no signal.
 * A bare question mark is not enough: a title-only "…明降暗升？" or "…也分性别？" is rhetorical.
 */
const ASKING_TITLE =
  /(咋|怎么)(一)?回事[？?]?\s*$|困惑|疑惑|疑问|之惑|请解惑|帮忙解惑|是否|能否|可否|请问|咨询|想问|想了解|(能|请|麻烦)告知/;
const QUESTION_BODY_MAX = 1.5;
export const QUESTION_TITLE_WEIGHT = 1.5;

/** Reads the evidence found so far in `out` and adds the signal to it. */
function questionTitleEvidence(title: string, out: SentimentReason[]): void {
  if (!ASKING_TITLE.test(title)) return;
  let body = 0;
  for (const r of out) {
    if (r.polarity !== 'negative' || r.weight <= 0) continue;
    if (r.field === 'title') return;
    body += r.weight;
  }
  if (body < QUESTION_BODY_MAX)
    out.push({ kind: 'signal', text: 'question-title', polarity: 'neutral', weight: QUESTION_TITLE_WEIGHT });
}

/** Every piece of evidence in a message, unsorted. */
export function sentimentEvidence(input: SentimentInput): SentimentReason[] {
  const out: SentimentReason[] = [];
  const title = input.title.trim();
  const body = (input.body ?? '').slice(0, MAX_BODY_CHARS);
  wordEvidence(title, 'title', out);
  patternEvidence(title, 'title', out);
  const proposes = proposesInTitle(out);
  if (body) {
    wordEvidence(body, 'body', out, proposes);
    patternEvidence(body, 'body', out, proposes);
  }
  questionTitleEvidence(title, out);
  signalEvidence(input, (input.body ?? '').length, out);
  return out;
}
