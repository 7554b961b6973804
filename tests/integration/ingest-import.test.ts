import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { schema } from '@desk/core/store';
import { importFile } from '@desk/ingest';
import { createTestRuntime, type TestRuntime } from '@desk/tests/support';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gbk, generated } from './ingest-support';

const run = promisify(execFile);

describe('npm run desk -- import', () => {
  let rt: TestRuntime;
  const dir = mkdtempSync(join(tmpdir(), 'desk-import-'));
  const rows = generated(31, 12);
  const csvLine = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');

  beforeAll(async () => {
    rt = await createTestRuntime();
  });
  afterAll(async () => {
    await rt?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (source: string) => {
    const [row] = await rt.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.messages)
      .innerJoin(schema.sources, eq(schema.sources.id, schema.messages.sourceId))
      .where(eq(schema.sources.name, source));
    return row!.n;
  };

  it('imports a GBK CSV export of a 12345 hotline by its Chinese headers, and adds nothing the second time', async () => {
    const file = join(dir, 'hotline.csv');
    const lines = [
      csvLine(['工单编号', '诉求标题', '诉求内容', '受理时间', '来电人']),
      ...rows
        .slice(0, 8)
        .map((m) => csvLine([m.externalId, m.title, m.body, '2019-03-12 10:30:00', m.author])),
      csvLine(['x-empty', '', '', '2019-03-12 10:30:00', '']),
      csvLine(['x-date', '标题', '内容', '明天上午', '']),
    ];
    writeFileSync(file, gbk(lines.join('\r\n')));
    const first = await importFile(rt.database.db, file, { source: '12345热线' });
    expect(first).toMatchObject({ read: 10, new: 8, duplicates: 0, rejected: 2 });
    expect(Object.keys(first.reasons).join(' ')).toMatch(/empty.*unreadable time|unreadable time.*empty/);
    expect(first.columns).toMatchObject({
      externalId: '工单编号',
      title: '诉求标题',
      body: '诉求内容',
      publishedAt: '受理时间',
    });
    const [stored] = await rt.database.db
      .select()
      .from(schema.messages)
      .where(eq(schema.messages.externalId, rows[0]!.externalId));
    expect(stored).toMatchObject({ title: rows[0]!.title, channel: 'import', kind: 'web' });
    expect(stored!.publishedAt?.toISOString()).toBe('2019-03-12T02:30:00.000Z');
    const again = await importFile(rt.database.db, file, { source: '12345热线' });
    expect(again).toMatchObject({ read: 10, new: 0, duplicates: 8, rejected: 2 });
    expect(await count('12345热线')).toBe(8);
  });

  it('imports XLSX with an explicit column mapping', async () => {
    const file = join(dir, 'old-desk.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('留言');
    sheet.addRow(['序', '事项', '描述', '日期']);
    for (const [i, m] of rows.slice(8).entries())
      sheet.addRow([`old-${i}`, m.title, m.body, new Date('2018-05-01T08:00:00Z')]);
    await workbook.xlsx.writeFile(file);
    const summary = await importFile(rt.database.db, file, {
      source: '旧系统',
      mapping: { externalId: '序', title: '事项', body: '描述', publishedAt: '日期' },
    });
    expect(summary).toMatchObject({ read: 4, new: 4, rejected: 0 });
  });

  it('runs from the command line on a JSONL file and prints the summary', async () => {
    const file = join(dir, 'export.jsonl');
    const lines = rows
      .slice(0, 3)
      .map((m) => JSON.stringify({ id: `j-${m.externalId}`, title: m.title, content: m.body }));
    writeFileSync(file, `${lines.join('\n')}\n{not json}\n`);
    const dataDir = join(dir, 'desk-data');
    const { stdout } = await run('npx', ['tsx', 'scripts/src/desk.ts', 'import', file, '--source', 'jsonl'], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, DESK_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/read 4 · 新增 new 3 .* rejected 1/);
    expect(stdout).toContain('not a JSON object');
  }, 90_000);
});
