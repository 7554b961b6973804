import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './core/src/store/schema/index.ts',
  out: './core/src/store/migrations',
});
