import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../admin/src/common/export/csv';
import { toCell } from '../../admin/src/common/export/table';
import { toXlsx } from '../../admin/src/common/export/xlsx';
import {
  deskTimeOptions,
  fromLocalInput,
  isoInShanghai,
  toLocalInput,
} from '../../admin/src/common/timeZone';

/** 07:05 UTC is 15:05 in Shanghai: the instant the headless browser showed as 15:05 vs 23:05. */
const instant = '2026-03-02T07:05:09.000Z';

describe('one time zone for everything the desk shows and exports', () => {
  it('formats a time on Shanghai’s clock whatever the zone of the process', () => {
    expect(new Date(instant).toLocaleString('zh-CN', deskTimeOptions)).toBe('2026/03/02 15:05');
    expect(isoInShanghai(instant)).toBe('2026-03-02T15:05:09+08:00');
    // The day changes at Shanghai's midnight, not UTC's.
    expect(isoInShanghai('2026-03-02T16:30:00Z')).toBe('2026-03-03T00:30:00+08:00');
  });

  it('round-trips a date-time input as Shanghai time', () => {
    expect(toLocalInput(instant)).toBe('2026-03-02T15:05');
    expect(fromLocalInput('2026-03-02T15:05')).toBe('2026-03-02T15:05:00+08:00');
    expect(new Date(fromLocalInput(toLocalInput(instant))!).toISOString()).toBe('2026-03-02T07:05:00.000Z');
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });

  it('writes CSV times with their offset and booleans as 是/否', () => {
    expect(csvCell(toCell(instant))).toBe('2026-03-02T15:05:09+08:00');
    expect(csvCell(toCell(true))).toBe('是');
    expect(csvCell(toCell(false))).toBe('否');
    expect(csvCell('=1+1')).toBe("'=1+1");
  });

  it('writes XLSX cells as real date-times with the time, as the desk shows them', async () => {
    const blob = await toXlsx('工单', ['受理时间', '已办结'], [[toCell(instant), toCell(false)]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const row = workbook.worksheets[0]!.getRow(2);
    const when = row.getCell(1);
    expect(when.value).toBeInstanceOf(Date);
    expect(when.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    // A sheet has no zone: the cell holds the wall clock (15:05:09), which exceljs reads back as UTC fields.
    expect((when.value as Date).toISOString()).toBe('2026-03-02T15:05:09.000Z');
    expect(row.getCell(2).value).toBe('否');
  });
});
