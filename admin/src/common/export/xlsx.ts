import { shanghaiWallClock } from '../timeZone';
import { type Cell, yesNo } from './table';

/** How a date-time cell reads: the Shanghai wall clock, to the second. */
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** Spreadsheet cells: real date-times on Shanghai's clock (a sheet has no zone), 是/否 for booleans. */
const sheetCell = (cell: Cell) =>
  cell instanceof Date ? shanghaiWallClock(cell) : typeof cell === 'boolean' ? yesNo(cell) : cell;

/** XLSX through exceljs, imported only when someone exports (it is a large library). */
export async function toXlsx(sheetName: string, headers: string[], rows: Cell[][]): Promise<Blob> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'Opinion Desk';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Sheet1');
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map(sheetCell));
    row.forEach((cell, i) => {
      if (cell instanceof Date) added.getCell(i + 1).numFmt = DATE_TIME_FORMAT;
    });
  }
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      headers[i]?.length ?? 4,
      ...rows.slice(0, 200).map((r) => (r[i] instanceof Date ? 19 : String(r[i] ?? '').length)),
    );
    column.width = Math.min(60, Math.max(8, longest * 1.6));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
