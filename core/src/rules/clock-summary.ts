import { formatLocal } from '../calendar/dates';
import { describeSkipped } from '../calendar/explain';
import type { DueExplanation } from './clock';

const targetNames: Record<string, { zh: string; en: string }> = {
  'authoritative-info': { zh: '发布权威信息', en: 'authoritative information' },
  'press-conference': { zh: '举行新闻发布会', en: 'press conference' },
  response: { zh: '回应', en: 'response' },
  answer: { zh: '答复', en: 'answer' },
};
const nameOf = (key: string) => targetNames[key] ?? { zh: key, en: key };
const at = (iso: string) => formatLocal(new Date(iso));

/** The sentence the desk shows beside a deadline: how it was computed and which days were skipped. */
export function summarizeClock(e: DueExplanation): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  const startZh = { received: '受理', detected: '首次发现', 'supplement-received': '收到补正' }[
    e.startReason
  ];
  const startEn = { received: 'receipt', detected: 'first detection', 'supplement-received': 'supplement' }[
    e.startReason
  ];
  if (e.unit === 'hours') {
    const parts = e.targets.map((t) => `${t.amount} 小时内${nameOf(t.key).zh}（截止 ${at(t.dueAt)}）`);
    zh.push(`自 ${at(e.startedAt)} ${startZh}起，${parts.join('，')}；按自然时间计算，节假日不顺延。`);
    en.push(
      `From ${startEn} at ${at(e.startedAt)}: ${e.targets
        .map((t) => `${nameOf(t.key).en} within ${t.amount} h (by ${at(t.dueAt)})`)
        .join(', ')}; wall-clock hours, holidays included.`,
    );
    if (e.pausedAmount > 0) {
      zh.push(`暂停计时 ${e.pausedAmount.toFixed(1)} 小时已顺延。`);
      en.push(`${e.pausedAmount.toFixed(1)} paused hours added.`);
    }
  } else {
    const t = e.targets[0]!;
    const extra: string[] = [];
    const extraEn: string[] = [];
    if (e.extensionAmount) {
      extra.push(`延期 ${e.extensionAmount} 个工作日`);
      extraEn.push(`${e.extensionAmount} WD extension`);
    }
    if (e.pausedAmount) {
      extra.push(`暂停计时 ${e.pausedAmount} 个工作日不计入`);
      extraEn.push(`${e.pausedAmount} paused WD not counted`);
    }
    const due = e.targets.map((x) => at(x.dueAt).slice(0, 10)).join(' / ');
    zh.push(
      `自 ${at(e.startedAt).slice(0, 10)} ${startZh}，次日起算 ${t.amount} 个工作日${extra.length ? `（${extra.join('，')}）` : ''}，截止 ${due} 24:00。`,
    );
    en.push(
      `${t.amount} working days counted from the day after ${startEn} on ${at(e.startedAt).slice(0, 10)}${extraEn.length ? ` (${extraEn.join(', ')})` : ''}; due by the end of ${due}.`,
    );
    const skipped = describeSkipped(e.skipped);
    zh.push(`未计入：${skipped.zh}。`);
    en.push(`Not counted: ${skipped.en}.`);
    if (e.weekendWorkdays.length) {
      zh.push(`调休上班日计入：${e.weekendWorkdays.join('、')}。`);
      en.push(`Make-up working days counted: ${e.weekendWorkdays.join(', ')}.`);
    }
    if (e.uncoveredYears.length) {
      zh.push(`${e.uncoveredYears.join('、')} 年节假日安排尚未收录，暂按周末计算，请管理员在日历中补充。`);
      en.push(`No official holiday arrangement for ${e.uncoveredYears.join(', ')} yet: weekends only.`);
    }
  }
  if (e.state === 'paused') {
    zh.push(`自 ${at(e.pausedSince!)} 起暂停计时（征求意见期间不计入）。`);
    en.push(`Clock paused since ${at(e.pausedSince!)} (consultation time is not counted).`);
  }
  if (e.state === 'awaiting-supplement') {
    zh.push('等待申请人补正，收到补正后重新起算。');
    en.push('Waiting for the applicant to supplement; the period restarts on receipt.');
  }
  return { zh: zh.join(''), en: en.join(' ') };
}
