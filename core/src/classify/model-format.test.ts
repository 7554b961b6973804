import { describe, expect, it } from 'vitest';
import { StaleModelError, TextClassifier } from './classifier';
import { classifyMessage } from './classify-message';
import { lexiconSentiment, SentimentModel } from './sentiment';
import { guessTopic } from './topic';

/** Fixture sentences written for this test. */
const topics = [
  ...['小区电梯坏了', '物业乱收费', '楼道漏水物业不管', '开发商延期交房'].map((title) => ({
    title,
    label: '城乡建设',
  })),
  ...['学校强制补课', '幼儿园收费高', '学位不足', '学生课业负担重'].map((title) => ({
    title,
    label: '教育文体',
  })),
];
const reviews = [
  ...['服务很好很满意', '问题及时解决了', '感谢热情周到'].map((title) => ({ title, label: '正面' })),
  ...['态度恶劣不满意', '投诉多次没人管', '噪音扰民太差'].map((title) => ({ title, label: '负面' })),
];
const titles = ['电梯又坏了', '补课收费', '物业态度恶劣', '很满意'];
const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('stored models', () => {
  const topic = TextClassifier.train(topics, { minDf: 1 });
  const sentiment = SentimentModel.train(reviews);

  it('round-trips a topic model through its stored JSON form and classifies the same', () => {
    const stored = viaJson(topic.serialize()) as { format: string };
    expect(stored.format).toBe('desk-hashed-v2');
    expect(JSON.stringify(stored)).not.toContain('电梯'); // keys are hashes, not feature strings
    const copy = TextClassifier.deserialize(stored);
    for (const title of titles) expect(copy.predict({ title })).toEqual(topic.predict({ title }));
  });

  it('round-trips a sentiment model through its stored JSON form and scores the same', () => {
    const copy = SentimentModel.deserialize(viaJson(sentiment.serialize()));
    for (const text of titles) expect(copy.score(text)).toEqual(sentiment.score(text));
  });

  it('still reads a model stored in format v1 (feature strings, label-major weights)', () => {
    const features = ['tc:学', 'tc:学校', 'tc:电', 'tc:电梯', 'tw:学校', 'tw:电梯'];
    const building = [0, 0, 1, 1, 0, 1];
    const school = building.map((w, i) => (features[i]!.includes('学') ? 1 : 0) - w);
    const weights = Float32Array.from([...building, ...school].map((w) => 3 * w));
    const v1 = {
      format: 'desk-linear-v1',
      labels: ['城乡建设', '教育文体'],
      vectorizer: {
        options: { wordBigrams: false, charNgrams: [1, 2, 3] },
        features,
        idf: features.map(() => 1),
      },
      weights: Buffer.from(weights.buffer).toString('base64'),
      bias: [0, 0],
    };
    const model = TextClassifier.deserialize(viaJson(v1));
    expect(model.predict({ title: '电梯坏了' }).label).toBe('城乡建设');
    expect(model.predict({ title: '学校收费' }).label).toBe('教育文体');
  });

  it('calls a model of an unknown or damaged format stale instead of crashing later', () => {
    expect(() => TextClassifier.deserialize({ format: 'desk-linear-v0' })).toThrow(StaleModelError);
    const damaged = { ...(viaJson(topic.serialize()) as object), weights: 'AAAA' };
    expect(() => TextClassifier.deserialize(damaged)).toThrow(StaleModelError);
    expect(() => SentimentModel.deserialize(null)).toThrow(StaleModelError);
    const noSpec = { ...(viaJson(topic.serialize()) as object), features: { words: 'yes' } };
    expect(() => TextClassifier.deserialize(noSpec)).toThrow(StaleModelError);
  });
});

describe('classifyMessage', () => {
  const topic = TextClassifier.train(topics, { minDf: 1 });
  const sentiment = SentimentModel.train(reviews);
  const rules = [{ category: '城乡建设', keywords: ['电梯'] }];

  it('gives the same topic and sentiment as separate calls, from one featurisation', () => {
    for (const title of titles) {
      const doc = { title, body: '多次反映，没人管' };
      expect(classifyMessage(doc, { rules, topicModel: topic, sentimentModel: sentiment })).toEqual({
        topic: guessTopic(doc, rules, topic),
        sentiment: sentiment.scoreFeatures(
          sentiment.features(doc),
          lexiconSentiment({ ...doc, topic: guessTopic(doc, rules, topic).topic }).reasons,
        ),
      });
    }
  });

  it('falls back to the keyword rules and the lexicon without models', () => {
    const result = classifyMessage({ title: '电梯坏了投诉多次无人管' }, { rules });
    expect(result.topic).toMatchObject({ topic: '城乡建设', source: 'rule' });
    expect(result.sentiment.label).toBe('负面');
  });
});
