import { startThrowawayServices, type ThrowawayServices } from '../support/throwaway-services';

export type BenchServices = ThrowawayServices;

/** Throwaway Redis, Meilisearch (and PostgreSQL when asked) for one benchmark run. */
export const startBenchServices = (options: { postgres?: boolean } = {}): Promise<BenchServices> =>
  startThrowawayServices({ prefix: 'desk-bench-', ...options });

/** Peak resident memory of this process so far, in MiB. */
export const peakRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * How the benchmarks reach PostgreSQL: over its Unix socket, as a one-machine install should (README),
 * or over TCP with BENCH_PG_TCP=1. `database` names another database of the same server.
 */
export function benchPostgresUrl(services: BenchServices, database?: string): string {
  const url = new URL(process.env.BENCH_PG_TCP ? services.postgresUrl! : services.postgresSocketUrl!);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}
export const benchPostgresTransport = (): string =>
  process.env.BENCH_PG_TCP ? 'TCP (BENCH_PG_TCP)' : 'the Unix socket';
