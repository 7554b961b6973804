/**
 * Search regression corpus: sentences written for this test (no real data) and queries with the exact
 * set of documents they must find. Each case names the Meilisearch weakness on Chinese it guards
 * (ENVIRONMENT.md §4b and DOMAIN.md §3 #16). Add a case whenever a search miss is reported.
 */
export const regressionDocuments = [
  { id: 1, title: '12345热线工单无人回复', body: '市民来电反映拨打12345热线后一直没有回音' },
  { id: 2, title: '健身房预付卡退费难', body: '健身房倒闭，预付卡退费难，商家跑路' },
  { id: 3, title: '小区物业费上涨不合理', body: '物业费每平方米上涨一元，业主不认可' },
  { id: 4, title: '物业服务差收费高', body: '物业公司不作为，各种费用很高' },
  { id: 5, title: '燃气表漏气有异味', body: '家中燃气表附近有异味，担心安全' },
  { id: 6, title: '市长热线反映医保报销慢', body: '医疗保险报销需要等三个月' },
  { id: 7, title: '医疗保险异地结算咨询', body: '请问异地就医如何结算' },
  { id: 8, title: '珠山区搅拌站噪音扰民', body: '珠山区某搅拌站夜间施工噪声很大' },
  { id: 9, title: '住房公积金提取条件', body: '想了解提取公积金需要哪些材料' },
  { id: 10, title: '违章建筑占用消防通道', body: '小区顶楼违建多年无人处理' },
  { id: 11, title: '养老金发放时间咨询', body: '退休职工的养老保险金每月几号发放' },
  { id: 12, title: '简单问题反复推诿', body: '一个简单的问题各部门互相推诿' },
  { id: 13, title: '待处理工单积压', body: '热线平台待处理的工单越来越多' },
  { id: 14, title: '路灯损坏至今未解决', body: '反映多次仍然没有修好' },
] as const;

export interface RegressionCase {
  query: string;
  expected: number[];
  guards: string;
}

export const regressionCases: RegressionCase[] = [
  { query: '12345', expected: [1, 6], guards: 'digit run inside Chinese text, and its synonym 市长热线' },
  { query: '市长热线', expected: [1, 6], guards: 'synonym 市长热线 ↔ 12345' },
  { query: '退费', expected: [2], guards: '退费难 must not be cut into 退/费难' },
  { query: '物业费', expected: [3], guards: 'compound word must not match 物业 … 费用 apart' },
  { query: '燃气表', expected: [5], guards: 'dictionary word stays whole' },
  { query: '医保', expected: [6, 7], guards: 'synonym 医保 ↔ 医疗保险' },
  { query: '医疗保险', expected: [6, 7], guards: 'synonym, the other way' },
  { query: '珠山区', expected: [8], guards: 'district name from the city dictionary' },
  { query: '噪音', expected: [8], guards: 'synonym 噪音 ↔ 噪声' },
  { query: '公积金', expected: [9], guards: 'short form of 住房公积金' },
  { query: '违建', expected: [10], guards: 'synonym 违建 ↔ 违章建筑' },
  { query: '养老金', expected: [11], guards: 'synonym 养老金 ↔ 养老保险金' },
  { query: '简单', expected: [12], guards: 'meilisearch#2499: 简单 not found' },
  { query: '处理', expected: [10, 13], guards: 'meilisearch#4874: 处理 inside 待处理' },
  { query: '的问题', expected: [12], guards: 'stop word 的 ignored in the query' },
  { query: '解决', expected: [14], guards: '解决 inside 未解决' },
];
