import { applicantTypeLabels } from '@desk/core';
import { table4Labels } from '@desk/core/store';
import ExcelJS from 'exceljs';
import type { AnnualReport } from './annual-data';

const columnLabel = (key: string) =>
  key === 'total' ? '总计' : (applicantTypeLabels[key as keyof typeof applicantTypeLabels]?.zh ?? key);

/** Table 三 and Table 四 as a workbook, laid out like the printed form. */
export async function annualXlsx(report: AnnualReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '舆情回应工作台';
  const t3 = workbook.addWorksheet('三、收到和处理政府信息公开申请情况');
  t3.addRow([`${report.year} 年 收到和处理政府信息公开申请情况`]).font = { bold: true, size: 14 };
  t3.addRow(['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和']);
  t3.addRow(['', '申请人情况']);
  t3.addRow(['', '自然人', '法人或其他组织', '', '', '', '', '总计']);
  t3.addRow(['', ...report.disclosure.table3.columns.map(columnLabel)]);
  for (const row of report.disclosure.table3.rows) {
    const r = t3.addRow([row.label, ...report.disclosure.table3.columns.map((col) => row.values[col] ?? 0)]);
    if (row.level < 2) r.font = { bold: true };
  }
  const check = report.disclosure.table3.check;
  t3.addRow([`校验 ${check.rule}：${check.left} = ${check.right}`, check.ok ? '通过' : '不一致']);
  t3.getColumn(1).width = 62;

  const t4 = workbook.addWorksheet('四、行政复议、行政诉讼情况');
  t4.addRow([`${report.year} 年 政府信息公开行政复议、行政诉讼情况`]).font = { bold: true, size: 14 };
  t4.addRow(['', ...Object.values(table4Labels)]);
  for (const group of report.disclosure.table4.groups) {
    t4.addRow([group.label, ...report.disclosure.table4.columns.map((col) => group.values[col] ?? 0)]);
  }
  t4.getColumn(1).width = 36;

  const summary = workbook.addWorksheet('咨询投诉与申请渠道');
  summary.addRow(['类型', '收到', '办结', '按期', '超期未办结']);
  for (const r of report.inquiries.byType)
    summary.addRow([r.label, r.received, r.completed, r.completedOnTime, r.openOverdue]);
  summary.addRow([]);
  const ch = report.disclosure.channels;
  summary.addRow(['依申请公开渠道', '网上申请', '信函', '当面', '其他']);
  summary.addRow(['', ch.online, ch.letter, ch.inPerson, ch.other]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
