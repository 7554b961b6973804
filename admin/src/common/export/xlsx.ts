import type { Cell } from './table';

/** XLSX through exceljs, imported only when someone exports (it is a large library). */
export async function toXlsx(sheetName: string, headers: string[], rows: Cell[][]): Promise<Blob> {
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'Opinion Desk';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31) || 'Sheet1');
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(
      headers[i]?.length ?? 4,
      ...rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    );
    column.width = Math.min(60, Math.max(8, longest * 1.6));
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
