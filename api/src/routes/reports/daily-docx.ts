import { type CaseType, caseTypeLabels } from '@desk/core';
import { type Db, dailyBriefingData } from '@desk/core/store';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const line = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 22 })] });
const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const pairs = (rows: { key: string | null; n: number }[], fallback: string) =>
  rows.map((r) => `${r.key ?? fallback} ${r.n}`).join('，') || '无';

/** 舆情日报: one page a leader reads in a minute (volume, hot topics, alerts, cases, overdue). */
export async function dailyBriefingDocx(db: Db, date: string): Promise<Buffer> {
  const d = await dailyBriefingData(db, date);
  const newCases =
    d.newCases.map((r) => `${caseTypeLabels[r.type as CaseType]?.zh ?? r.type} ${r.n}`).join('，') || '无';
  const doc = new Document({
    creator: '舆情回应工作台',
    title: `舆情日报 ${date}`,
    sections: [
      {
        children: [
          new Paragraph({ text: `舆情日报（${date}）`, heading: HeadingLevel.HEADING_1 }),
          heading('一、总体情况'),
          line(`当日监测到信息 ${d.messages} 条；渠道分布：${pairs(d.byChannel, '其他')}。`),
          line(`情感倾向：${pairs(d.bySentiment, '未判定')}。`),
          heading('二、热点话题'),
          line(pairs(d.byTopic, '未分类')),
          ...d.topMessages.map((m, i) =>
            line(`${i + 1}. ${m.title}（转发/重复 ${m.duplicates}，点赞 ${m.likes}）`),
          ),
          heading('三、预警'),
          ...(d.alerts.length ? d.alerts.map((a) => line(`[${a.level}] ${a.title}`)) : [line('无')]),
          heading('四、工单办理'),
          line(`新建工单：${newCases}；当日发布回应 ${d.published} 件。`),
          line(`超期未办结 ${d.overdue.length} 件${d.overdue.length ? '：' : '。'}`),
          ...d.overdue.map((o) => line(`${o.code} ${o.title}`)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
