import { Command } from 'commander';
import { registerBackupCommands } from './commands/backup';
import { openDeskDatabase } from './commands/database';
import { registerEvalCommands } from './commands/eval';
import { registerImportCommand } from './commands/import';
import { registerReindexCommand } from './commands/reindex';
import { registerUserCommands } from './commands/users';
import { loadEnv } from './env';

/** `npm run desk -- <command>`: operator commands. Each command group lives in commands/. */
const program = new Command('desk')
  .description('舆情回应工作台 命令行 / Opinion Desk command line')
  .showHelpAfterError();

program
  .command('migrate')
  .description('执行数据库迁移 / run database migrations')
  .action(async () => {
    const database = await openDeskDatabase(loadEnv());
    await database.close();
    console.log(`database migrated (${database.kind})`);
  });

registerUserCommands(program);
registerEvalCommands(program);
registerImportCommand(program);
registerReindexCommand(program);
registerBackupCommands(program);

program.parseAsync().catch((error) => {
  console.error(`错误 / Error: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
