import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../admin/src/i18n/en';
import { zhCN } from '../../admin/src/i18n/zh-CN';

const src = fileURLToPath(new URL('../../admin/src', import.meta.url));

type Tree = Record<string, unknown>;
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keysOf(v as Tree, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const has = (tree: Tree, key: string) =>
  key
    .split('.')
    .reduce<unknown>((t, k) => (t && typeof t === 'object' ? (t as Tree)[k] : undefined), tree) !== undefined;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // i18n holds the catalogues; providers use 'desk.*' names for storage keys, not messages.
    if (statSync(path).isDirectory()) return name === 'i18n' || name === 'providers' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Literal message keys the pages ask for: translate('desk.x'), label="resources.y.fields.z", notify('…'). */
function usedKeys(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/['"`]((?:desk|resources)\.[a-z][\w.-]*[\w])['"`]/g)) found.add(m[1]!);
  }
  return [...found];
}

describe('the admin catalogues', () => {
  it('has the same desk and resource keys in Chinese and English', () => {
    const zh = keysOf({ desk: zhCN.desk, resources: zhCN.resources } as Tree);
    const english = keysOf({ desk: en.desk, resources: en.resources } as Tree);
    expect(zh.filter((k) => !english.includes(k))).toEqual([]);
    expect(english.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it('defines every message key the pages use, in both languages', () => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !has(zhCN as Tree, k))).toEqual([]);
    expect(keys.filter((k) => !has(en as Tree, k))).toEqual([]);
  });

  it('speaks Chinese for react-admin itself (no English left in the common strings)', () => {
    const ra = zhCN.ra as Tree;
    for (const key of [
      'action.save',
      'action.export',
      'navigation.next',
      'saved_queries.label',
      'auth.sign_in',
    ])
      expect(String(key.split('.').reduce<unknown>((t, k) => (t as Tree)[k], ra))).toMatch(/[\u4e00-\u9fff]/);
  });
});
