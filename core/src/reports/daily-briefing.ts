import { formatLocal } from '../calendar/dates';
import type { AlertLevel } from '../domain/alert';
import type { MessageChannel } from '../domain/message';
import type { DailyBriefingData } from '../store/repos/reports/daily';
import { chart, countList, list, paragraph, percent, type ReportDocument } from './document';
import { alertKindNames, alertLevelNames, messageChannelNames, nameOf } from './labels';

const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** 按时办结率 with how it is computed, so the figure can be checked by hand. */
export function onTimeSentence(f: {
  received: number;
  completed: number;
  completedOnTime: number;
  openOverdue: number;
  onTimeRate: number | null;
}): string {
  const rate = f.onTimeRate === null ? '暂无' : `${Math.round(f.onTimeRate * 1000) / 10}%`;
  return `受理 ${f.received} 件，办结 ${f.completed} 件，其中按时办结 ${f.completedOnTime} 件，超期未办结 ${f.openOverdue} 件，按时办结率 ${rate}（按时办结 ÷（办结 + 超期未办结））`;
}

/** The 舆情日报 of one day as a document: words for every code, reposts counted, charts drawn. */
export function dailyBriefingDocument(d: DailyBriefingData, generatedAt: Date): ReportDocument {
  const yesterday = d.trend.at(-2)?.n ?? 0;
  const change = d.messages - yesterday;
  const sentimentTotal = d.bySentiment.reduce((s, r) => s + r.n, 0);
  const negative = d.bySentiment.find((r) => r.key === '负面')?.n ?? 0;
  const sentiments = ['负面', '中性', '正面']
    .map((label) => ({ label, n: d.bySentiment.find((r) => r.key === label)?.n ?? 0 }))
    .concat([{ label: '未判定', n: d.bySentiment.find((r) => r.key === null)?.n ?? 0 }])
    .filter((r) => r.n > 0);
  return {
    masthead: '舆情日报',
    issue: `舆情回应工作台编　${chineseDate(d.date)}`,
    title: `${chineseDate(d.date)}网络舆情与诉求办理情况`,
    sections: [
      {
        heading: '一、总体态势',
        blocks: [
          paragraph(
            `当日监测到信息 ${d.messages} 条，另有转载、重复 ${d.reposts} 条；较前一日${change === 0 ? '持平' : change > 0 ? `增加 ${change} 条` : `减少 ${-change} 条`}。` +
              `其中负面 ${negative} 条，占 ${percent(negative, sentimentTotal)}。`,
          ),
          paragraph(
            `来源渠道：${countList(
              d.byChannel.map((r) => ({
                label: nameOf(messageChannelNames, r.key as MessageChannel, '其他'),
                n: r.n,
              })),
              '条',
            )}。`,
          ),
          paragraph(`情感倾向：${countList(sentiments, '条')}。`),
          paragraph(
            `涉及区域：${countList(
              d.byRegion.map((r) => ({ label: r.key ?? '未知', n: r.n })),
              '条',
              '未识别到区域',
            )}。`,
          ),
          chart({
            title: '近七日信息量',
            kind: 'columns',
            unit: '条',
            points: d.trend.map((t) => ({ label: t.day.slice(5).replace('-', '/'), value: t.n })),
          }),
        ],
      },
      {
        heading: '二、热点话题',
        blocks: [
          ...(d.byTopic.length
            ? [
                chart({
                  title: '当日话题分布',
                  kind: 'bars',
                  unit: '条',
                  points: d.byTopic.map((r) => ({
                    label: r.key ?? '未分类',
                    value: r.n,
                    muted: r.key === null,
                  })),
                }),
              ]
            : [paragraph('当日无信息。')]),
          ...(d.topMessages.length
            ? [
                paragraph('传播最广的信息：'),
                list(
                  d.topMessages.map(
                    (m) =>
                      `${m.title}（${m.topic ?? '未分类'}；转载 ${m.reposts} 次，评论 ${m.replies} 条，点赞 ${m.likes} 个）`,
                  ),
                ),
              ]
            : []),
        ],
      },
      {
        heading: '三、预警情况',
        blocks: d.alerts.length
          ? [
              paragraph(`当日发出预警 ${d.alerts.length} 条：`),
              list(
                d.alerts.map(
                  (a) =>
                    `${alertLevelNames[a.level as AlertLevel]}·${nameOf(alertKindNames, a.kind, '预警')}：${a.title}`,
                ),
              ),
            ]
          : [paragraph('当日未发出预警。')],
      },
      {
        heading: '四、诉求办理',
        blocks: [
          paragraph(`当日${onTimeSentence(d.cases.today)}；当日发布回应 ${d.cases.published} 件。`),
          paragraph(`本月累计${onTimeSentence(d.cases.month)}。`),
          paragraph(
            d.overdue.total
              ? `目前超期未办结 ${d.overdue.total} 件${d.overdue.total > d.overdue.list.length ? `，期限最早的 ${d.overdue.list.length} 件` : ''}：`
              : '目前无超期未办结工单。',
          ),
          ...(d.overdue.list.length
            ? [
                list(
                  d.overdue.list.map(
                    (o) => `${o.code} ${o.title}（办理期限 ${o.dueAt ? formatLocal(o.dueAt) : '—'}）`,
                  ),
                ),
              ]
            : []),
        ],
      },
    ],
    footnote: `本日报由舆情回应工作台于 ${formatLocal(generatedAt)}（北京时间）自动生成；办结、按时办结、超期未办结口径与领导驾驶舱和年度统计一致。`,
  };
}
