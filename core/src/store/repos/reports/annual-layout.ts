import { type ApplicantType, applicantTypes, type DisclosureOutcome } from '../../../domain/disclosure';

/** Rows of annual-report Table 三 (national template, 2021 revision), in printed order (data). */
export interface Table3RowDef {
  key: string;
  label: string;
  level: 0 | 1 | 2;
  /** The outcome codes the row sums; absent for 一 / 二 / 四 and the total. */
  outcomes?: readonly DisclosureOutcome[];
}

const group = (prefix: string): DisclosureOutcome[] =>
  (
    [
      'granted',
      'partial',
      ...[
        'state-secret',
        'law-prohibited',
        'security-stability',
        'third-party',
        'internal-affairs',
        'process-info',
        'enforcement-file',
        'administrative-query',
      ].map((s) => `withheld.${s}`),
      ...['not-held', 'needs-creation', 'unclear-after-supplement'].map((s) => `unable.${s}`),
      ...['petition', 'repeat', 'publication', 'excessive', 'confirm-or-reissue'].map(
        (s) => `not-processed.${s}`,
      ),
      ...['no-supplement', 'no-fee', 'other'].map((s) => `other.${s}`),
    ] as DisclosureOutcome[]
  ).filter((o) => o === prefix || o.startsWith(`${prefix}.`));

const sub = (key: DisclosureOutcome, label: string): Table3RowDef => ({
  key,
  label,
  level: 2,
  outcomes: [key],
});

export const table3Rows: Table3RowDef[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', level: 0 },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', level: 0 },
  { key: 'granted', label: '三、本年度办理结果 （一）予以公开', level: 1, outcomes: group('granted') },
  {
    key: 'partial',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    level: 1,
    outcomes: group('partial'),
  },
  { key: 'withheld', label: '（三）不予公开', level: 1, outcomes: group('withheld') },
  sub('withheld.state-secret', '1.属于国家秘密'),
  sub('withheld.law-prohibited', '2.其他法律行政法规禁止公开'),
  sub('withheld.security-stability', '3.危及“三安全一稳定”'),
  sub('withheld.third-party', '4.保护第三方合法权益'),
  sub('withheld.internal-affairs', '5.属于三类内部事务信息'),
  sub('withheld.process-info', '6.属于四类过程性信息'),
  sub('withheld.enforcement-file', '7.属于行政执法案卷'),
  sub('withheld.administrative-query', '8.属于行政查询事项'),
  { key: 'unable', label: '（四）无法提供', level: 1, outcomes: group('unable') },
  sub('unable.not-held', '1.本机关不掌握相关政府信息'),
  sub('unable.needs-creation', '2.没有现成信息需要另行制作'),
  sub('unable.unclear-after-supplement', '3.补正后申请内容仍不明确'),
  { key: 'not-processed', label: '（五）不予处理', level: 1, outcomes: group('not-processed') },
  sub('not-processed.petition', '1.信访举报投诉类申请'),
  sub('not-processed.repeat', '2.重复申请'),
  sub('not-processed.publication', '3.要求提供公开出版物'),
  sub('not-processed.excessive', '4.无正当理由大量反复申请'),
  sub('not-processed.confirm-or-reissue', '5.要求行政机关确认或重新出具已获取信息'),
  { key: 'other', label: '（六）其他处理', level: 1, outcomes: group('other') },
  sub('other.no-supplement', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
  sub('other.no-fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
  sub('other.other', '3.其他'),
  { key: 'total', label: '（七）总计', level: 1 },
  { key: 'carry-over', label: '四、结转下年度继续办理', level: 0 },
];

/** Table 三 columns: 自然人 | 法人或其他组织 (5 kinds) | 总计. */
export const table3Columns: readonly (ApplicantType | 'total')[] = [...applicantTypes, 'total'];

export const table4Columns = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export const table4Labels = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};
export const table4Groups = [
  { key: 'reconsideration', label: '行政复议' },
  { key: 'lawsuit.direct', label: '行政诉讼 · 未经复议直接起诉' },
  { key: 'lawsuit.after-reconsideration', label: '行政诉讼 · 复议后起诉' },
] as const;
