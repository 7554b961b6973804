import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@desk/core/store';
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
  /** A migrated, empty PGlite database (a `dumpDataDir` tarball): each test's in-memory database starts from it. */
  pgliteTemplate: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    services: TestServices;
  }
}

/**
 * Start real Redis, Meilisearch and PostgreSQL on free ports with temporary data for the whole run,
 * and remove everything afterwards. PGlite needs no server: each test opens its own in memory, from
 * a database migrated once here (an empty cluster and the migrations take 3 s, loading this 1 s).
 */
export default async function setup(project: TestProject) {
  // PostgreSQL, Chromium and a CJK font: installed as root, else the run stops with the command.
  ensureTestTools(CHROMIUM, (line) => console.log(line));
  const services = await startThrowawayServices({
    prefix: 'desk-test-',
    postgres: true,
    maxIndexingMemory: '512 MiB',
  });
  const templateDir = mkdtempSync(join(tmpdir(), 'desk-test-pglite-'));
  const pgliteTemplate = join(templateDir, 'migrated.tar.gz');
  const template = await openDatabase({});
  await template.migrate();
  writeFileSync(pgliteTemplate, Buffer.from(await (await template.dumpDataDir!()).arrayBuffer()));
  await template.close();
  project.provide('services', {
    redisUrl: services.redisUrl,
    meiliUrl: services.meili.url,
    meiliKey: services.meili.apiKey,
    postgresUrl: services.postgresUrl,
    pgliteTemplate,
  });
  return async () => {
    rmSync(templateDir, { recursive: true, force: true });
    await services.stop();
  };
}
