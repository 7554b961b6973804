import { startThrowawayServices, type ThrowawayServices } from '../support/throwaway-services';

export type BenchServices = ThrowawayServices;

/** Throwaway Redis, Meilisearch (and PostgreSQL when asked) for one benchmark run. */
export const startBenchServices = (options: { postgres?: boolean } = {}): Promise<BenchServices> =>
  startThrowawayServices({ prefix: 'desk-bench-', ...options });

/** Peak resident memory of this process so far, in MiB. */
export const peakRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
