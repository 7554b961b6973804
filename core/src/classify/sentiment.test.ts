import { describe, expect, it } from 'vitest';
import { labelForScore, lexiconSentiment, SentimentModel } from './sentiment';

describe('sentiment', () => {
  it('reads complaints as negative and thanks as positive with the default lexicon', () => {
    expect(lexiconSentiment('搅拌站噪音扰民，严重影响休息，投诉多次无人管').label).toBe('负面');
    expect(lexiconSentiment('感谢社区工作人员，问题及时解决了，非常满意').label).toBe('正面');
    expect(lexiconSentiment('请问公积金提取需要哪些材料').label).toBe('中性');
  });

  it('flips a negated word (不满意 is negative)', () => {
    expect(lexiconSentiment('对处理结果不满意').score).toBeLessThan(0);
  });

  it('maps scores to the three labels around a neutral band', () => {
    expect([labelForScore(-0.9), labelForScore(0), labelForScore(0.9)]).toEqual(['负面', '中性', '正面']);
  });

  it('learns polarity from labelled examples and scores within [-1, 1]', () => {
    const examples = [
      ...['房间干净服务好', '早餐丰富很满意', '前台热情周到', '位置方便环境好'].map((text) => ({
        text,
        label: 1 as const,
      })),
      ...['房间脏服务差', '早餐难吃不满意', '前台态度恶劣', '隔音差太吵'].map((text) => ({
        text,
        label: 0 as const,
      })),
    ];
    const model = SentimentModel.train(examples);
    expect(model.polarity('服务很好很满意')).toBe(1);
    expect(model.polarity('态度差太脏')).toBe(0);
    const { score } = model.score('环境好');
    expect(score).toBeGreaterThanOrEqual(-1);
    expect(score).toBeLessThanOrEqual(1);
  });
});
