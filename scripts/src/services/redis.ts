import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { type Child, exitedEarly, spawnChild } from './child';
import { waitFor } from './ports';

const INSTALL_HINT = 'sudo apt-get install -y redis-server   (Debian/Ubuntu)';

export function findRedisServer(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':').concat('/usr/bin', '/usr/sbin')) {
    const candidate = join(dir, 'redis-server');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Find redis-server; as root on Debian/Ubuntu install it with apt, otherwise explain how. */
export function ensureRedisServer(log: (line: string) => void): string {
  const found = findRedisServer();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('redis-server 未安装，正在用 apt-get 安装 / redis-server missing, installing it with apt-get …');
    execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findRedisServer();
    if (installed) return installed;
  }
  throw new Error(
    `未找到 redis-server / redis-server not found. Install it: ${INSTALL_HINT}, or set REDIS_URL.`,
  );
}

export function pingRedis(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host }, () => socket.write('PING\r\n'));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once('data', (data) => {
      socket.end();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

export interface RedisOptions {
  port: number;
  dir: string;
  /** Keep an append-only file so queued jobs survive a restart (the embedded desk); tests turn it off. */
  persistent: boolean;
  binary?: string;
}

export async function startRedis(options: RedisOptions): Promise<{ url: string; child: Child }> {
  mkdirSync(options.dir, { recursive: true });
  const binary = options.binary ?? findRedisServer() ?? 'redis-server';
  const args = ['--port', String(options.port), '--bind', '127.0.0.1', '--dir', options.dir, '--save', ''];
  args.push('--appendonly', options.persistent ? 'yes' : 'no');
  const child = spawnChild('redis-server', binary, args, join(options.dir, 'redis.log'));
  await Promise.race([waitFor('redis-server', () => pingRedis(options.port)), exitedEarly(child)]);
  return { url: `redis://127.0.0.1:${options.port}`, child };
}
