import { alertLevelRank } from '../domain/alert';
import type { RiskHit, RiskRule } from '../domain/risk-rule';

/** A mention in the same clause right after one of these did not happen ("没有发生火灾", "已排除燃气泄漏"). */
const NEGATIONS = [
  '没有',
  '没',
  '未',
  '无',
  '并未',
  '并无',
  '不是',
  '不存在',
  '排除',
  '否认',
  '不会',
  '杜绝',
  '防止',
  '预防',
];
/** Hearsay anywhere before the word in its sentence: not a signal of now ("听说去年有人上访"). */
const HEARSAY = ['听说', '据说', '传言', '谣传', '网传', '传闻', '有人说', '曾经'];
/**
 * Time words that make a sentence history when they open it or one of its clauses ("去年小区发生火灾…"),
 * but not inside it, where they are deadlines or movement ("月底以前不发工资就集体上访", "一起过去拉横幅").
 */
const HISTORY_OPENERS = [
  '去年',
  '前年',
  '以前',
  '多年前',
  '几年前',
  '早几年',
  '前几年',
  '前些年',
  '过去',
  '早年',
  '当年',
];
/** …and the same after the word: "燃气泄漏的情况已排除", "火情已扑灭". */
const RESOLVED_AFTER =
  /^[^，,。！？!?；;]{0,8}(已|已经)(排除|消除|解除|扑灭|处理完毕)|^[^，,。！？!?；;]{0,4}(是谣言|不属实)/;
/** Words that start like a negation but are not one (未成年人 is who is at risk, not a denial). */
const NOT_NEGATIONS = ['未成年', '未来', '无论', '无辜', '没想到', '不断'];
/** How far before a word a negation may stand, within its clause. */
const NEGATION_REACH = 6;

const SENTENCE_END = /[。！？!?；;\n]/;
const CLAUSE_END = /[，,、：:]/;

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  return 0;
}

function clauseStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_END.test(text[i]!)) return i + 1;
  return floor;
}

/** Does the sentence, or one of its clauses, open with a history word ("去年…", "在以前…")? */
function opensWithHistory(lead: string): boolean {
  return lead.split(CLAUSE_END).some((clause) => {
    const opening = clause.trimStart().replace(/^(在|从|早在)/, '');
    return HISTORY_OPENERS.some((h) => opening.startsWith(h));
  });
}

/**
 * A negation that stands before `end`, is not the start of a longer ordinary word and is not itself
 * negated ("不排除有人会集体上访" is a warning, not a denial).
 */
function negatedIn(near: string, negation: string, end: number): boolean {
  for (let i = near.indexOf(negation); i >= 0 && i < end; i = near.indexOf(negation, i + 1)) {
    if (NOT_NEGATIONS.some((w) => near.startsWith(w, i))) continue;
    if (near[i - 1] === '不' && negation !== '不是' && negation !== '不会') continue;
    return true;
  }
  return false;
}

/** Is this occurrence a real signal: not negated, not hearsay or history, not declared resolved? */
export function isLiveMention(text: string, at: number, word: string): boolean {
  const sentence = sentenceStart(text, at);
  const clause = clauseStart(text, at, sentence);
  const lead = text.slice(sentence, at);
  if (HEARSAY.some((r) => lead.includes(r))) return false;
  if (opensWithHistory(text.slice(sentence, at))) return false;
  const near = text.slice(Math.max(clause, at - NEGATION_REACH), at + word.length);
  if (NEGATIONS.some((n) => negatedIn(near, n, near.length - word.length))) return false;
  return !RESOLVED_AFTER.test(text.slice(at + word.length));
}

/** The rule's words with a live mention; a word inside a longer one found (上访 in 集体上访) is not repeated. */
function liveWords(text: string, words: string[]): string[] {
  const live = words.filter((word) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
      if (isLiveMention(text, at, word)) return true;
    return false;
  });
  return live.filter((w) => !live.some((other) => other !== w && other.includes(w)));
}

/** The rules a message fires, most urgent first, each with the words that fired it. */
export function matchRiskRules(
  rules: RiskRule[],
  message: { title: string; body?: string | null },
): RiskHit[] {
  const text = `${message.title}\n${message.body ?? ''}`;
  const hits: RiskHit[] = [];
  for (const rule of rules) {
    if (rule.excludeWords.some((w) => text.includes(w))) continue;
    const words = liveWords(text, rule.words);
    if (words.length) hits.push({ ruleId: rule.id, name: rule.name, level: rule.level, words });
  }
  return hits.sort((a, b) => alertLevelRank(a.level) - alertLevelRank(b.level));
}

/** The most urgent level among the hits, or null. */
export const riskLevelOf = (hits: RiskHit[]) => hits[0]?.level ?? null;
