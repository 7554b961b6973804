import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelledIds } from './eval-sentiment';

describe('eval sentiment: an id/label TSV joined to texts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-sentiment-'));
  const test = join(dir, 'labels.tsv');
  const texts = join(dir, 'texts.jsonl');
  writeFileSync(test, 'id\tlabel\tsplit\n1\t负面\tdev\n2\t中性\ttest\n3\t负面\ttest\n');
  writeFileSync(
    texts,
    ['路灯坏了没人修', '请问公积金怎么提取', '噪音扰民']
      .map((title, i) => JSON.stringify({ id: i + 1, title }))
      .join('\n'),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the rows of the chosen split, with their labels', async () => {
    const rows = await readLabelledIds({ test, texts, split: 'test' });
    expect(rows.map((r) => [r.id, r.label])).toEqual([
      [2, '中性'],
      [3, '负面'],
    ]);
  });

  it('names the splits the file has when asked for one it has not', async () => {
    await expect(readLabelledIds({ test, texts, split: 'tset' })).rejects.toThrow(
      /has no split "tset" \(划分 \/ splits: dev, test\)/,
    );
  });
});
