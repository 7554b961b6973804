import { createApp, defaultApiSettings } from '@desk/api';
import { DEMO_PASSWORD, demoAccounts } from '@desk/core/store';
import { idfTable, loadSegmenter } from '@desk/core/text';
import { startIngest } from '@desk/ingest';
import { serve } from '@hono/node-server';
import { adminDist, ensureAdminBuilt } from './admin-build';
import { loadEnv, usesDataDir } from './env';
import { createLogger } from './logger';
import { startMetricsServer } from './metrics';
import { openRuntime, startServices } from './runtime';
import { claimDataDir } from './services/pidfile';
import { portInUse } from './services/ports';

/** What to undo on the way out, in reverse order of start. */
const stops: (() => Promise<void>)[] = [];

async function stopAll() {
  for (const stop of stops.reverse()) await stop().catch((error) => console.error(error));
  stops.length = 0;
}

/** `npm start`: the whole desk on one machine (children for Redis and Meilisearch unless configured). */
async function main() {
  const env = loadEnv();
  const log = createLogger(env.LOG_LEVEL);
  const runApi = env.DESK_PROCESSES.has('api');
  if (runApi && (await portInUse(env.PORT, env.HOST))) {
    throw new Error(
      `端口 ${env.PORT} 已被占用 / Port ${env.PORT} is already in use. Stop the other process or set PORT=…`,
    );
  }
  if (usesDataDir(env)) {
    const release = claimDataDir(env.dataDir, 'npm start');
    stops.push(async () => release());
  }
  if (runApi) ensureAdminBuilt((line) => console.log(line));

  const services = await startServices(env, log);
  stops.push(() => Promise.all(services.children.map((c) => c.stop())).then(() => {}));
  const shutdown = once(async (signal: string) => {
    log.info({ signal }, 'stopping');
    await stopAll();
    process.exit(0);
  });
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  const runtime = await openRuntime(env, services, log);
  stops.push(() => runtime.close());
  // jieba's dictionaries and the keyword weights, read before serving: seconds of blocking work that
  // would otherwise freeze the first requests while the first messages are classified.
  loadSegmenter();
  idfTable();
  if (env.METRICS_PORT) {
    const metrics = await startMetricsServer({
      port: env.METRICS_PORT,
      host: env.METRICS_HOST,
      db: runtime.database.db,
      queue: runtime.queue,
    }).catch((error) => {
      throw new Error(
        `指标端口 METRICS_PORT=${env.METRICS_PORT} 无法使用 / cannot serve metrics: ${error.message}`,
      );
    });
    stops.push(() => metrics.close());
    log.info({ url: `http://${env.METRICS_HOST}:${metrics.port}/metrics` }, 'metrics served');
  }
  if (env.DESK_PROCESSES.has('worker')) {
    const mail = { smtpUrl: env.SMTP_URL, from: env.ALERT_MAIL_FROM, briefingTo: env.BRIEFING_MAIL_TO };
    const web = { contact: env.DESK_CRAWLER_CONTACT, privateAddresses: env.DESK_FETCH_PRIVATE_ADDRESSES };
    const ingest = await startIngest({ ...runtime, db: runtime.database.db, log, demo: env.demo, mail, web });
    stops.push(() => ingest.close());
  }
  if (runApi) {
    const app = createApp({
      db: runtime.database.db,
      redis: runtime.redis,
      search: runtime.search,
      queue: runtime.queue,
      log,
      settings: {
        ...defaultApiSettings,
        sessionTtlMinutes: env.SESSION_TTL_MINUTES,
        secureCookies: env.SECURE_COOKIES,
        trustProxy: env.TRUST_PROXY,
        publicUrl: env.publicUrl,
        loginMaxFailures: env.LOGIN_MAX_FAILURES,
        loginMaxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
        loginLockMinutes: env.LOGIN_LOCK_MINUTES,
        adminDist,
      },
    });
    const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    printBanner(env.PORT, env.demo && env.embedded);
  }
}

function printBanner(port: number, demo: boolean) {
  const lines = [
    '',
    `  舆情回应工作台 Opinion Desk 已启动 / is running: http://localhost:${port}/`,
    `  健康检查 Health: http://localhost:${port}/api/health`,
  ];
  if (demo) {
    lines.push(`  演示账号 Demo accounts (password / 密码: ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts)
      lines.push(`    ${a.username.padEnd(12)} ${a.role.padEnd(9)} ${a.department ?? ''}`);
  }
  lines.push('  按 Ctrl-C 停止 / Press Ctrl-C to stop', '');
  console.log(lines.join('\n'));
}

function once<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
  let started = false;
  return (...args: A) => {
    if (started) return;
    started = true;
    void fn(...args);
  };
}

main().catch(async (error) => {
  console.error(`\n启动失败 / Start failed: ${error instanceof Error ? error.message : error}\n`);
  await stopAll();
  process.exit(1);
});
