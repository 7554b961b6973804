import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../admin/src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

/**
 * The admin reads the API's answers through types derived from `AppType` (providers/api-types.ts; tsc
 * checks each is a real shape). A response type written by hand beside a call would drift from the route.
 */
describe('the admin uses the API types', () => {
  it('derives its response types from AppType with the Hono client types', () => {
    const derived = readFileSync(join(src, 'providers/api-types.ts'), 'utf8');
    expect(derived).toMatch(/import type \{ AppType \} from '@desk\/api'/);
    expect(derived).toMatch(/hc<AppType>/);
    const names = [...derived.matchAll(/export type (\w+Response) = /g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(12);
    const pages = files(src).filter((f) => !f.endsWith('api-types.ts'));
    const unused = names.filter((name) => !pages.some((f) => readFileSync(f, 'utf8').includes(name)));
    expect(unused).toEqual([]);
  });

  it('writes no response type by hand at a call (useApi, getJson, postJson with an object literal)', () => {
    const inline = files(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(useApi|getJson|postJson)<\{/g)].map(
        (m) => `${file.slice(src.length + 1)}: ${m[1]}`,
      ),
    );
    expect(inline).toEqual([]);
  });

  it('types every call with a derived response type (no unknown, RaRecord or local shape)', () => {
    // The generic plumbing itself (useApi's `T`, the provider's signatures) passes its type through.
    const plumbing = ['common/useApi.ts', 'providers/dataProvider.ts'];
    const derived = /^\w+Response(\[\w+\])?(\s*\|\s*\w+Response(\[\w+\])?)*$/;
    const untyped = files(src)
      .filter((file) => !plumbing.includes(file.slice(src.length + 1)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\b(useApi|getJson|postJson)<([^>]*(?:<[^>]*>[^>]*)*)>\(/g)]
          .filter((m) => !derived.test(m[2]!.trim()))
          .map((m) => `${file.slice(src.length + 1)}: ${m[1]}<${m[2]}>`),
      );
    expect(untyped).toEqual([]);
  });
});
