import { describe, expect, it } from 'vitest';
import { TextClassifier } from './classifier';
import { groupedFolds, groupedHoldout, normalizeTitle } from './cross-validate';
import { summarizeRuns } from './eval-runs';
import { evaluate } from './metrics';

/** Fixture sentences written for this test: three topics with their typical vocabulary. */
const fixture = [
  ...[
    '小区电梯坏了没人修',
    '物业乱收停车费',
    '开发商延期交房',
    '小区违建无人管',
    '楼道灯坏了物业不管',
    '房屋质量问题漏水',
  ].map((title) => ({ title, label: '城乡建设' })),
  ...[
    '学校强制学生补课',
    '幼儿园收费太高',
    '小学学位不足',
    '老师体罚学生',
    '中学食堂饭菜差',
    '学生课业负担重',
  ].map((title) => ({ title, label: '教育文体' })),
  ...[
    '医院看病排队太久',
    '医生收红包',
    '社区卫生院缺药',
    '医院乱收检查费',
    '患者投诉医生态度',
    '疫苗接种排长队',
  ].map((title) => ({ title, label: '卫生计生' })),
];

describe('TextClassifier', () => {
  const model = TextClassifier.train(fixture, { minDf: 1 });

  it('predicts the topic of unseen messages from their words', () => {
    expect(model.predict({ title: '物业不管电梯' }).label).toBe('城乡建设');
    expect(model.predict({ title: '学生被强制补课' }).label).toBe('教育文体');
    expect(model.predict({ title: '医院检查费太贵' }).label).toBe('卫生计生');
  });

  it('gives a confidence between 0 and 1 and ranks every label', () => {
    const p = model.predict({ title: '医生态度差' });
    expect(p.confidence).toBeGreaterThan(1 / 3);
    expect(p.confidence).toBeLessThanOrEqual(1);
    expect(p.ranking.map((r) => r.label).sort()).toEqual(['卫生计生', '城乡建设', '教育文体']);
  });

  it('predicts the same after a round trip through its stored form', () => {
    const copy = TextClassifier.deserialize(JSON.parse(JSON.stringify(model.serialize())));
    for (const title of ['小区漏水', '学校收费', '医院排队']) {
      expect(copy.predict({ title })).toEqual(model.predict({ title }));
    }
  });

  it('keeps its decisions when rescaled and grows surer when held-out examples say it is right', () => {
    const heldOut = [
      { title: '小区物业不修电梯', label: '城乡建设' },
      { title: '学校强制补课收费', label: '教育文体' },
      { title: '医院检查乱收费', label: '卫生计生' },
    ];
    const t = model.temperatureFor(heldOut);
    expect(t).toBeGreaterThan(1);
    const sure = model.rescaled(t);
    for (const doc of heldOut) {
      expect(sure.predict(doc).label).toBe(model.predict(doc).label);
      expect(sure.predict(doc).confidence).toBeGreaterThan(model.predict(doc).confidence);
    }
    expect(model.temperatureFor([{ title: '无关', label: '交通运输' }])).toBe(1);
  });

  it('refuses to train on a single label', () => {
    expect(() => TextClassifier.train(fixture.slice(0, 3))).toThrow(/two labels/);
  });
});

describe('evaluation helpers', () => {
  it('computes per-class precision, recall, F1 and their macro average', () => {
    const result = evaluate(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    const a = result.perClass.find((c) => c.label === 'a')!;
    expect(a).toMatchObject({ precision: 1, recall: 0.5 });
    expect(result.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 6);
    expect(result.accuracy).toBe(0.75);
  });

  it('keeps reposts (same title up to spaces and asterisks) in the same fold', () => {
    const items = ['小区 漏水', '小区漏水*', '学校收费', '医院排队', '物业收费'].map((t) => ({ t }));
    const folds = groupedFolds(items, (i) => normalizeTitle(i.t), 3);
    const holding = folds.filter((f) => f.test.some((i) => normalizeTitle(i.t) === '小区漏水'));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.test.filter((i) => normalizeTitle(i.t) === '小区漏水')).toHaveLength(2);
  });

  it('holds out about the share of every label, keeping reposts together', () => {
    const items = [
      ...Array.from({ length: 40 }, (_, i) => ({ t: `小区${i}号楼漏水`, label: '城乡建设' })),
      ...Array.from({ length: 20 }, (_, i) => ({ t: `学校${i}收费`, label: '教育文体' })),
      { t: '小区1号楼漏水*', label: '城乡建设' },
    ];
    const split = groupedHoldout(
      items,
      (i) => normalizeTitle(i.t),
      (i) => i.label,
      0.2,
      1,
    );
    expect(split.test.filter((i) => i.label === '教育文体')).toHaveLength(4);
    expect(split.test.filter((i) => i.label === '城乡建设').length).toBeGreaterThanOrEqual(8);
    const repost = split.test.some((i) => normalizeTitle(i.t) === '小区1号楼漏水');
    expect(split.test.filter((i) => normalizeTitle(i.t) === '小区1号楼漏水')).toHaveLength(repost ? 2 : 0);
    expect(split.train.length + split.test.length).toBe(items.length);
    const other = groupedHoldout(
      items,
      (i) => normalizeTitle(i.t),
      (i) => i.label,
      0.2,
      2,
    );
    expect(other.test).not.toEqual(split.test);
  });

  it('summarises runs by the mean and spread of each class F1 and of macro-F1', () => {
    const runs = [evaluate(['a', 'b'], ['a', 'b']), evaluate(['a', 'b'], ['a', 'a'])];
    const summary = summarizeRuns(runs);
    expect(summary.macroF1).toBeCloseTo((1 + (2 / 3 + 0) / 2) / 2, 6);
    expect(summary.perClass.find((c) => c.label === 'b')).toMatchObject({ f1: 0.5, sd: 0.5 });
  });
});
