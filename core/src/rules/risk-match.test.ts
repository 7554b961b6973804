import { describe, expect, it } from 'vitest';
import type { RiskRule } from '../domain/risk-rule';
import { matchRiskRules, riskLevelOf } from './risk-match';

const rules: RiskRule[] = [
  {
    id: 1,
    name: '群体性事件苗头',
    level: 'red',
    words: ['集体上访', '上访', '堵路', '拉横幅'],
    excludeWords: [],
  },
  { id: 2, name: '安全隐患', level: 'orange', words: ['燃气泄漏', '火灾', '塌陷', '坠落'], excludeWords: [] },
  { id: 3, name: '自伤或暴力', level: 'red', words: ['跳楼', '不想活'], excludeWords: ['电影'] },
  { id: 4, name: '涉及未成年人', level: 'orange', words: ['学生受伤', '坠落'], excludeWords: [] },
  { id: 5, name: '媒体曝光', level: 'yellow', words: ['找媒体', '媒体曝光'], excludeWords: [] },
];
const fired = (title: string, body = '') => matchRiskRules(rules, { title, body }).map((h) => h.name);

describe('risk rules', () => {
  it('fires on a threat of collective petitioning, with the words that fired it', () => {
    const hits = matchRiskRules(rules, {
      title: '昌江区某楼盘逾期两年不交房',
      body: '开发商一拖再拖，业主们已经商量好了，下周一再不给说法就集体上访，到市政府门口拉横幅。',
    });
    expect(hits[0]).toMatchObject({ name: '群体性事件苗头', level: 'red', words: ['集体上访', '拉横幅'] });
    expect(riskLevelOf(hits)).toBe('red');
  });

  it('fires on a gas leak happening now and on a threat of self-harm', () => {
    expect(
      fired('珠山区某小区楼道里燃气泄漏', '闻到很浓的煤气味，物业说不归他们管，请燃气公司马上来人！'),
    ).toEqual(['安全隐患']);
    expect(fired('拖欠工资三年讨不回', '再不给钱我真的不想活了，只能从工地楼顶跳楼。')).toEqual([
      '自伤或暴力',
    ]);
  });

  it('puts the most urgent rule first when several fire', () => {
    expect(fired('学校围墙塌陷，学生受伤', '家长们说要找媒体，还要集体上访。')).toEqual([
      '群体性事件苗头',
      '安全隐患',
      '涉及未成年人',
      '媒体曝光',
    ]);
  });

  it('does not fire on a negated mention', () => {
    expect(
      fired('关于小区消防通道的咨询', '小区去年加装了喷淋，目前没有发生火灾，想问消防通道能否划车位。'),
    ).toEqual([]);
    expect(fired('燃气公司上门检查', '检测后已排除燃气泄漏，感谢师傅们认真负责。')).toEqual([]);
    expect(fired('路面情况说明', '新铺的路面并未塌陷，只是有些积水。')).toEqual([]);
  });

  it('does not fire on hearsay or history', () => {
    expect(fired('咨询拆迁补偿标准', '听说去年有人上访，我们只想了解今年的补偿标准是多少。')).toEqual([]);
    expect(fired('老旧小区改造建议', '据说以前这里发生过火灾，建议这次改造加装烟感报警器。')).toEqual([]);
  });

  it('fires when a negation belongs to another word before the mention', () => {
    expect(fired('小区井盖塌陷', '小区里无人管理的井盖塌陷，昨天已经有老人掉下去。')).toEqual(['安全隐患']);
    expect(fired('楼道杂物无人清理', '物业未及时清理楼道杂物导致火灾，幸好邻居发现得早。')).toEqual([
      '安全隐患',
    ]);
  });

  it('reads a time word inside a sentence as a deadline, not as history', () => {
    expect(fired('拖欠工资', '老板说月底以前再不发工资，我们三十多个工人就集体上访。')).toEqual([
      '群体性事件苗头',
    ]);
    expect(fired('拆迁补偿不到位', '业主们准备一起过去市政府门口拉横幅。')).toEqual(['群体性事件苗头']);
    expect(fired('老旧小区消防', '以前这里发生过火灾，建议这次改造加装烟感。')).toEqual([]);
    expect(fired('老旧小区消防', '外墙脱落严重，早几年曾发生过火灾，至今没有整改。')).toEqual([]);
  });

  it('reads a negated negation as a warning (不排除)', () => {
    expect(fired('征地补偿迟迟不到位', '村民情绪很大，不排除有人会集体上访。')).toEqual(['群体性事件苗头']);
  });

  it('does not fire when the mention is declared resolved afterwards', () => {
    expect(fired('昨天的险情', '昨晚楼下燃气泄漏的情况已经排除，住户都已回家。')).toEqual([]);
  });

  it('still fires for a minor although 未成年 starts like a negation', () => {
    expect(fired('未成年人从楼上坠落无人救助', '')).toEqual(['安全隐患', '涉及未成年人']);
  });

  it('skips a rule when one of its exclusion words is present', () => {
    expect(fired('推荐一部电影', '电影里主角说不想活了，很感人。')).toEqual([]);
  });
});
