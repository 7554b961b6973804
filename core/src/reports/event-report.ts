import { formatLocal } from '../calendar/dates';
import type { CaseStatus } from '../domain/case';
import { caseStatusLabels } from '../domain/case-labels';
import type { MessageChannel } from '../domain/message';
import type { EventReportData } from '../store/repos/reports/event';
import { chart, countList, list, paragraph, percent, type ReportDocument, table } from './document';
import { messageChannelNames, nameOf } from './labels';

const eventStatusNames: Record<string, string> = { open: '持续发酵', watching: '跟踪关注', closed: '已平息' };
/** Above this share of negative messages the report advises an authoritative statement. */
export const NEGATIVE_SHARE_TO_RESPOND = 0.3;

/** 研判建议: each advice follows from a figure of the report, and says which. */
export function eventAdvice(d: EventReportData): string[] {
  const total = d.event.messageCount || d.timeline.reduce((s, t) => s + t.n, 0);
  const negative = d.bySentiment.find((r) => r.key === '负面')?.n ?? 0;
  const advice: string[] = [];
  const open = d.cases.filter((c) => c.completedAt === null && c.status !== 'merged');
  if (open.length)
    advice.push(
      `相关工单 ${open.length} 件尚未办结，建议督促${d.departments.join('、') || '承办单位'}在期限内办结并及时发布回应。`,
    );
  if (total && negative / total >= NEGATIVE_SHARE_TO_RESPOND)
    advice.push(
      `负面信息占 ${percent(negative, total)}，建议责任单位尽快通过官方渠道发布权威信息${d.negativeSamples[0] ? `，回应“${d.negativeSamples[0]}”等关切` : ''}。`,
    );
  const [before, last] = [d.timeline.at(-2)?.n ?? 0, d.timeline.at(-1)?.n ?? 0];
  if (d.event.status !== 'closed' && last >= before && last > 0)
    advice.push(`最近一日新增 ${last} 条（前一日 ${before} 条），事件仍在发酵，建议持续监测并每日报送进展。`);
  else advice.push('事件热度已回落，建议保持关注，相关诉求办结后归档。');
  if (d.byRegion.length)
    advice.push(
      `信息集中在${d.byRegion
        .slice(0, 3)
        .map((r) => r.key)
        .join('、')}，建议属地同步核实线下情况。`,
    );
  return advice;
}

/** 舆情专报 of one event: 概况 / 传播 / 观点 / 研判建议. */
export function eventReportDocument(d: EventReportData, generatedAt: Date): ReportDocument {
  const e = d.event;
  const total = e.messageCount || d.timeline.reduce((s, t) => s + t.n, 0);
  const sentiments = ['负面', '中性', '正面']
    .map((label) => ({ label, n: d.bySentiment.find((r) => r.key === label)?.n ?? 0 }))
    .filter((r) => r.n > 0);
  return {
    masthead: '舆情专报',
    issue: `舆情回应工作台编　${formatLocal(generatedAt).slice(0, 10)}`,
    title: `关于“${e.title}”的舆情专报`,
    sections: [
      {
        heading: '一、事件概况',
        blocks: [
          paragraph(
            `${formatLocal(e.firstSeenAt)} 首次监测到相关信息，截至 ${formatLocal(e.lastSeenAt)} 共 ${total} 条，另被转载 ${d.reposts} 次，点赞 ${e.likes} 个、评论 ${e.replies} 条。` +
              `事件状态：${eventStatusNames[e.status] ?? e.status}${e.severity ? `，级别：${e.severity}` : ''}${e.topic ? `，所属领域：${e.topic}` : ''}。`,
          ),
          paragraph(
            `涉及单位：${d.departments.join('、') || '尚未指定'}。关键词：${e.keywords.join('、') || '无'}。`,
          ),
          ...(d.cases.length
            ? [
                table(
                  ['工单编号', '标题', '状态', '办理期限'],
                  d.cases.map((c) => [
                    c.code,
                    c.title,
                    caseStatusLabels[c.status as CaseStatus]?.zh ?? c.status,
                    c.dueAt ? formatLocal(c.dueAt) : '—',
                  ]),
                ),
              ]
            : []),
        ],
      },
      {
        heading: '二、传播情况',
        blocks: [
          chart({
            title: '每日信息量',
            kind: 'columns',
            unit: '条',
            points: d.timeline
              .slice(-14)
              .map((t) => ({ label: t.day.slice(5).replace('-', '/'), value: t.n })),
          }),
          paragraph(
            `来源渠道：${countList(
              d.byChannel.map((r) => ({
                label: nameOf(messageChannelNames, r.key as MessageChannel, '其他'),
                n: r.n,
              })),
              '条',
            )}。`,
          ),
          ...(d.byRegion.length
            ? [
                chart({
                  title: '区域分布',
                  kind: 'bars',
                  unit: '条',
                  points: d.byRegion.map((r) => ({ label: r.key ?? '未知', value: r.n })),
                }),
              ]
            : [paragraph('未识别到具体区域。')]),
          ...(d.topMessages.length
            ? [
                paragraph('传播最广的信息：'),
                list(
                  d.topMessages.map(
                    (m) =>
                      `${m.title}（${formatLocal(m.at)}；转载 ${m.reposts} 次，评论 ${m.replies} 条，点赞 ${m.likes} 个）`,
                  ),
                ),
              ]
            : []),
        ],
      },
      {
        heading: '三、观点分析',
        blocks: [
          paragraph(
            `情感倾向：${sentiments.map((s) => `${s.label} ${s.n} 条（${percent(s.n, total)}）`).join('，') || '尚未判定'}。`,
          ),
          ...(d.negativeSamples.length
            ? [paragraph('具有代表性的负面观点：'), list(d.negativeSamples)]
            : [paragraph('暂未发现负面观点。')]),
        ],
      },
      { heading: '四、研判建议', blocks: [list(eventAdvice(d))] },
    ],
    footnote: `本专报由舆情回应工作台于 ${formatLocal(generatedAt)}（北京时间）根据事件 #${e.id} 的监测数据生成。`,
  };
}
