import type { Command } from 'commander';
import { backupDatabase } from '../backup/backup';
import { restoreDatabase } from '../backup/restore';
import { loadEnv } from '../env';
import { reindexDesk } from './reindex';

const rowsOf = (tables: Record<string, { rows: number }>, name: string) => tables[name]?.rows ?? 0;
const summary = (tables: Record<string, { rows: number }>) =>
  `${Object.keys(tables).length} tables: ${rowsOf(tables, 'messages')} messages, ${rowsOf(tables, 'cases')} cases, ${rowsOf(tables, 'audit_log')} audit entries`;

export function registerBackupCommands(program: Command) {
  program
    .command('backup')
    .description('备份数据库 / back the database up (pg_dump for a server, a data-folder dump for PGlite)')
    .requiredOption('--out <dir>', 'a new or empty folder for the backup')
    .action(async (opts: { out: string }) => {
      const manifest = await backupDatabase(loadEnv(), opts.out);
      console.log(`已备份 backed up (${manifest.engine}) ${summary(manifest.tables)} → ${opts.out}`);
    });

  program
    .command('restore')
    .description(
      '从备份恢复数据库并重建检索索引 / restore a backup, check it, then rebuild the search indexes',
    )
    .requiredOption('--from <dir>', 'a folder written by `desk backup`')
    .option('--force', 'replace a database that already has data (an embedded one is set aside, not deleted)')
    .action(async (opts: { from: string; force?: boolean }) => {
      const env = loadEnv();
      const { tables, setAside } = await restoreDatabase(env, opts.from, Boolean(opts.force));
      if (setAside) console.log(`原数据库已移至 the previous database was moved to ${setAside}`);
      console.log(`已恢复并校验 restored and verified: ${summary(tables)}`);
      const rebuilt = await reindexDesk(env, { afterRestore: true });
      console.log(
        `已重建 rebuilt: ${rebuilt.messages} messages, ${rebuilt.cases} cases, ${rebuilt.events} events`,
      );
    });
}
