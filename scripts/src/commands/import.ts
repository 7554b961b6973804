import { type ImportSummary, importFile } from '@desk/ingest';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadEnv } from '../env';
import { openDeskDatabase } from './database';

/** `--map title=标题,body=诉求内容` → { title: '标题', body: '诉求内容' } */
function parseMapping(text?: string): Record<string, string> | undefined {
  if (!text) return undefined;
  return Object.fromEntries(
    text.split(',').map((pair) => {
      const [field, column] = pair.split('=').map((s) => s.trim());
      if (!field || !column) throw new Error(`bad --map entry "${pair}" (expected field=column)`);
      return [field, column];
    }),
  );
}

function printSummary(s: ImportSummary) {
  const lines = [
    `来源 Source: ${s.source}`,
    `列 Columns: ${Object.entries(s.columns)
      .map(([f, c]) => `${f}←${c}`)
      .join(', ')}`,
    `读取 read ${s.read} · 新增 new ${s.new} · 近似重复 near duplicates ${s.nearDuplicates} · 重复 duplicates ${s.duplicates} · 拒绝 rejected ${s.rejected}`,
    ...Object.entries(s.reasons).map(
      ([reason, r]) =>
        `  拒绝原因 ${reason}: ${r.count}${r.lines.length ? ` (lines ${r.lines.join(', ')}…)` : ''}`,
    ),
    '新消息将由运行中的工作台建立检索索引 / the running desk makes new messages searchable (search outbox).',
  ];
  console.log(lines.join('\n'));
}

export function registerImportCommand(program: Command) {
  program
    .command('import')
    .description('导入留言文件 (CSV / XLSX / JSONL) / import messages from a file')
    .argument('<file>', 'a .csv, .xlsx or .jsonl export (12345 hotline, older desk)')
    .option('--source <name>', 'source name (default: 导入 <file name>)')
    .option('--format <format>', 'csv | xlsx | jsonl (default: from the extension)')
    .option(
      '--map <pairs>',
      'columns, e.g. title=标题,body=诉求内容,externalId=工单编号,publishedAt=受理时间',
    )
    .option('--encoding <name>', 'text encoding of a CSV/JSONL file (default: detected), e.g. gbk')
    .option('--sheet <name>', 'worksheet of an XLSX file (default: the first)')
    .action(async (file: string, opts) => {
      const database = await openDeskDatabase(loadEnv());
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { format: '导入 import [{bar}] {value}/{total}', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : null;
      try {
        const summary = await importFile(database.db, file, {
          source: opts.source,
          format: opts.format,
          mapping: parseMapping(opts.map),
          encoding: opts.encoding,
          sheet: opts.sheet,
          onProgress(done, total) {
            if (bar && done === Math.min(500, total)) bar.start(total, 0);
            bar?.update(done);
          },
        });
        bar?.stop();
        printSummary(summary);
      } finally {
        bar?.stop();
        await database.close();
      }
    });
}
