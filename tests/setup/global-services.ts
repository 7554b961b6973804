import { ensureTestTools } from '@desk/scripts/services';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from '../e2e/harness/browser';
import { startThrowawayServices } from '../support/throwaway-services';

export interface TestServices {
  redisUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** Admin URL of a throwaway PostgreSQL 15 cluster; each test file creates its own database in it. */
  postgresUrl: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    services: TestServices;
  }
}

/**
 * Start real Redis, Meilisearch and PostgreSQL on free ports with temporary data for the whole run,
 * and remove everything afterwards. PGlite needs no server: each test opens its own in memory.
 */
export default async function setup(project: TestProject) {
  // PostgreSQL, Chromium and a CJK font: installed as root, else the run stops with the command.
  ensureTestTools(CHROMIUM, (line) => console.log(line));
  const services = await startThrowawayServices({
    prefix: 'desk-test-',
    postgres: true,
    maxIndexingMemory: '512 MiB',
  });
  project.provide('services', {
    redisUrl: services.redisUrl,
    meiliUrl: services.meili.url,
    meiliKey: services.meili.apiKey,
    postgresUrl: services.postgresUrl,
  });
  return services.stop;
}
