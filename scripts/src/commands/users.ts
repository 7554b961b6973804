import { processActor, roles, UserCreateSchema } from '@desk/core';
import { createUser, listDepartments } from '@desk/core/store';
import type { Command } from 'commander';
import { loadEnv } from '../env';
import { openDeskDatabase } from './database';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

export function registerUserCommands(program: Command) {
  program
    .command('user:create')
    .description('创建用户 / create a user (the first admin of a production database)')
    .requiredOption('--username <name>')
    .requiredOption('--role <role>', roles.join(' | '))
    .option('--display-name <name>')
    .option('--department <code>', 'department code, for handlers')
    .option('--password-stdin', 'read the password from standard input (else DESK_PASSWORD)')
    .action(async (opts) => {
      const password = opts.passwordStdin ? await readStdin() : process.env.DESK_PASSWORD;
      if (!password) throw new Error('password missing: pipe it with --password-stdin or set DESK_PASSWORD');
      const database = await openDeskDatabase(loadEnv());
      try {
        const department = opts.department
          ? (await listDepartments(database.db)).find((d) => d.code === opts.department)
          : undefined;
        if (opts.department && !department) throw new Error(`unknown department code: ${opts.department}`);
        const input = UserCreateSchema.parse({
          username: opts.username,
          displayName: opts.displayName ?? opts.username,
          role: opts.role,
          departmentId: department?.id ?? null,
          password,
        });
        const user = await createUser(database.db, processActor('cli'), input);
        console.log(`created user ${user.username} (${user.role}) id=${user.id}`);
      } finally {
        await database.close();
      }
    });
}
