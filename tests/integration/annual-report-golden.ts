import type { DisclosureOutcome } from '@desk/core';

/**
 * Figures of published annual reports on government information disclosure, to reproduce Table 三
 * and Table 四 from (golden data: the numbers are the governments', the mapping notes are ours).
 */
export interface PublishedAnnualReport {
  source: string;
  year: number;
  /** Requests received in the year: how many, by whom, by which channel, and how each was answered. */
  requests: {
    n: number;
    applicant: 'natural-person' | 'commercial';
    channel: 'web' | 'letter';
    outcome: DisclosureOutcome | null;
  }[];
  challenges: {
    kind: 'reconsideration' | 'lawsuit';
    path: 'direct' | null;
    result: 'upheld' | 'corrected' | 'other' | 'pending';
    n: number;
  }[];
  /** The printed figures: Table 三 totals (column 总计), the 自然人 column where printed, Table 四. */
  expected: {
    table3Total: Record<string, number>;
    table3NaturalPerson?: Record<string, number>;
    channels?: { online: number; letter: number };
    table4: Record<string, Record<string, number>>;
  };
}

/**
 * 景德镇市 2018 (shared/seeds): 74 requests, 67 online and 7 by letter; 51 answered 同意公开, 23
 * "非政府信息、政府信息不存在、非本机关政府信息" (pre-2019 buckets; DOMAIN.md §2.3 maps them to
 * (四)1 本机关不掌握); 5 复议: 2 维持, 1 纠错, 2 其他; 3 诉讼, all 维持 (the report does not say
 * whether after 复议: counted as 未经复议直接起诉). The report prints no applicant breakdown: totals only.
 */
export const jingdezhen2018: PublishedAnnualReport = {
  source: '景德镇市政府信息公开年度报告（2018年），发布于 2019-02-22',
  year: 2018,
  requests: [
    { n: 47, applicant: 'natural-person', channel: 'web', outcome: 'granted' },
    { n: 4, applicant: 'natural-person', channel: 'letter', outcome: 'granted' },
    { n: 20, applicant: 'natural-person', channel: 'web', outcome: 'unable.not-held' },
    { n: 3, applicant: 'natural-person', channel: 'letter', outcome: 'unable.not-held' },
  ],
  challenges: [
    { kind: 'reconsideration', path: null, result: 'upheld', n: 2 },
    { kind: 'reconsideration', path: null, result: 'corrected', n: 1 },
    { kind: 'reconsideration', path: null, result: 'other', n: 2 },
    { kind: 'lawsuit', path: 'direct', result: 'upheld', n: 3 },
  ],
  expected: {
    table3Total: {
      new: 74,
      carried: 0,
      granted: 51,
      unable: 23,
      'unable.not-held': 23,
      total: 74,
      'carry-over': 0,
    },
    channels: { online: 67, letter: 7 },
    table4: {
      reconsideration: { upheld: 2, corrected: 1, other: 2, pending: 0, total: 5 },
      'lawsuit.direct': { upheld: 3, corrected: 0, other: 0, pending: 0, total: 3 },
      'lawsuit.after-reconsideration': { total: 0 },
    },
  },
};

/**
 * 龙游县湖镇镇 2024 (published 2025, www.longyou.gov.cn annual-report page): 10 requests, every
 * applicant a natural person; 1 予以公开, 2 本机关不掌握相关政府信息 (无法提供), 7 结转下年度继续办理;
 * no 复议 and no 诉讼.
 */
export const huzhen2024: PublishedAnnualReport = {
  source: '龙游县湖镇镇人民政府2024年政府信息公开工作年度报告',
  year: 2024,
  requests: [
    { n: 1, applicant: 'natural-person', channel: 'web', outcome: 'granted' },
    { n: 2, applicant: 'natural-person', channel: 'web', outcome: 'unable.not-held' },
    { n: 7, applicant: 'natural-person', channel: 'web', outcome: null },
  ],
  challenges: [],
  expected: {
    table3Total: {
      new: 10,
      carried: 0,
      granted: 1,
      unable: 2,
      'unable.not-held': 2,
      total: 3,
      'carry-over': 7,
    },
    table3NaturalPerson: { new: 10, granted: 1, 'unable.not-held': 2, total: 3, 'carry-over': 7 },
    table4: {
      reconsideration: { total: 0 },
      'lawsuit.direct': { total: 0 },
      'lawsuit.after-reconsideration': { total: 0 },
    },
  },
};
