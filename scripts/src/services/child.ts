import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Child {
  name: string;
  process: ChildProcess;
  /** Stop with the stop signal (SIGTERM), then SIGKILL after the grace period. Resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** Spawn a service process whose output goes to a log file; an early exit is reported with the log path. */
export function spawnChild(
  name: string,
  command: string,
  args: string[],
  logFile: string,
  options: SpawnOptions = {},
  stopSignal: NodeJS.Signals = 'SIGTERM',
): Child {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    process: child,
    async stop(graceMs = 5_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(stopSignal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      log.end();
    },
  };
}

export function exitedEarly(child: Child): Promise<never> {
  return new Promise((_, reject) =>
    child.process.once('exit', (code, signal) =>
      reject(new Error(`${child.name} exited during start-up (code ${code}, signal ${signal})`)),
    ),
  );
}
