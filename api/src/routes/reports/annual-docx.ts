import { applicantTypeLabels } from '@desk/core';
import { table4Labels } from '@desk/core/store';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AnnualReport } from './annual-data';

const cell = (text: string | number, bold = false) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text: String(text), bold, size: 18 })] })],
  });

const table = (rows: (string | number)[][], headerRows = 1) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ children: r.map((v) => cell(v, i < headerRows)) })),
  });

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });

/** The same statistics as a Word document, ready to paste into the annual report. */
export async function annualDocx(report: AnnualReport): Promise<Buffer> {
  const t3 = report.disclosure.table3;
  const t4 = report.disclosure.table4;
  const ch = report.disclosure.channels;
  const columnLabel = (k: string) =>
    k === 'total' ? '总计' : applicantTypeLabels[k as keyof typeof applicantTypeLabels].zh;
  const doc = new Document({
    creator: '舆情回应工作台',
    title: `${report.year}年政府信息公开工作年度报告统计表`,
    sections: [
      {
        children: [
          new Paragraph({
            text: `${report.year}年政府信息公开工作年度报告（统计部分）`,
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
          }),
          new Paragraph(
            `全年共受理在线咨询和监督投诉 ${report.inquiries.received} 件，办结 ${report.inquiries.handled} 件；收到政府信息公开申请 ${ch.online + ch.letter + ch.inPerson + ch.other} 件，其中网上申请 ${ch.online} 件、信函申请 ${ch.letter} 件、当面申请 ${ch.inPerson} 件。`,
          ),
          heading('三、收到和处理政府信息公开申请情况'),
          table([
            ['', ...t3.columns.map(columnLabel)],
            ...t3.rows.map((r) => [r.label, ...t3.columns.map((c) => r.values[c] ?? 0)]),
          ]),
          new Paragraph(
            `校验（${t3.check.rule}）：${t3.check.left} = ${t3.check.right}，${t3.check.ok ? '通过' : '不一致'}`,
          ),
          heading('四、政府信息公开行政复议、行政诉讼情况'),
          table([
            ['', ...Object.values(table4Labels)],
            ...t4.groups.map((g) => [g.label, ...t4.columns.map((c) => g.values[c] ?? 0)]),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
