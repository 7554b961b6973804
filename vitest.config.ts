import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{core,search-config,queue,ingest,api,scripts,tests}/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/data/**'],
    globalSetup: ['tests/setup/global-services.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time (vitest's default on 2 cores is one): most of a file's time is waiting on services.
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    reporters: ['default'],
  },
});
