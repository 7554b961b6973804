import type { CaseType, Severity } from '../domain/case';
import type { DeadlinePolicy, DeadlinePolicyCreate } from '../domain/deadline-policy';
import type { ClockState } from './clock';

/**
 * The defaults the administrator starts from (all editable):
 * - 国办发〔2016〕61号 / 80号: 特别重大/重大 events → authoritative information in 5 h, press conference in
 *   24 h; other opinion → respond within 48 h (wall clock, from first detection).
 * - 政府信息公开条例 Art. 33: 20 working days from receipt, one extension of ≤ 20 WD.
 * - 12345 work orders: no national limit (国办发〔2020〕53号); Guangdong's profile (咨询 2, 求助/建议 10,
 *   投诉/举报 15 WD) as the default, one extension of ≤ 10 WD (Shandong's cap).
 */
export const defaultDeadlinePolicies: DeadlinePolicyCreate[] = [
  ...(['especially-major', 'major'] as const).map((severity) => ({
    ...base('opinion', 'hours', [
      { key: 'authoritative-info', amount: 5 },
      { key: 'press-conference', amount: 24 },
    ]),
    severity,
    notifyLeader: true,
    label: '重大突发事件舆情：5小时发布权威信息，24小时举行新闻发布会',
    basis: '国办发〔2016〕61号；国办发〔2016〕80号',
  })),
  {
    ...base('opinion', 'hours', [{ key: 'response', amount: 48 }]),
    label: '其他政务舆情：48小时内回应',
    basis: '国办发〔2016〕61号',
  },
  {
    ...base('disclosure', 'working-days', [{ key: 'answer', amount: 20 }]),
    maxExtensionAmount: 20,
    label: '依申请公开：20个工作日内答复，可延期一次不超过20个工作日',
    basis: '政府信息公开条例（2019）第三十三条',
  },
  hotline('consultation', 2, '咨询：2个工作日'),
  hotline('help', 10, '求助：10个工作日'),
  hotline('suggestion', 10, '建议：10个工作日'),
  hotline('complaint', 15, '投诉：15个工作日'),
  hotline('report', 15, '举报：15个工作日'),
];

function base(caseType: CaseType, unit: 'hours' | 'working-days', targets: DeadlinePolicyCreate['targets']) {
  return {
    jurisdiction: 'default',
    caseType,
    severity: null as Severity | null,
    unit,
    targets,
    maxExtensions: unit === 'hours' ? 0 : 1,
    maxExtensionAmount: 0,
    notifyLeader: false,
    label: '',
    basis: '',
    active: true,
  };
}

function hotline(caseType: CaseType, days: number, label: string): DeadlinePolicyCreate {
  return {
    ...base(caseType, 'working-days', [{ key: 'answer', amount: days }]),
    maxExtensionAmount: 10,
    label: `12345 ${label}`,
    basis: '广东省12345热线管理办法（默认档案，可按辖区修改）',
  };
}

/**
 * The policy for a case: its own jurisdiction before 'default', an exact severity before a catch-all.
 */
export function choosePolicy(
  policies: readonly DeadlinePolicy[],
  c: { type: CaseType; severity: Severity | null; jurisdiction: string },
): DeadlinePolicy | undefined {
  const score = (p: DeadlinePolicy) =>
    (p.jurisdiction === c.jurisdiction ? 4 : 0) + (p.severity !== null && p.severity === c.severity ? 2 : 0);
  return policies
    .filter((p) => p.active && p.caseType === c.type)
    .filter((p) => p.jurisdiction === c.jurisdiction || p.jurisdiction === 'default')
    .filter((p) => p.severity === null || p.severity === c.severity)
    .sort((a, b) => score(b) - score(a) || a.id - b.id)[0];
}

/** A fresh clock from a policy snapshot: later policy edits do not move deadlines already promised. */
export function startClock(
  policy: DeadlinePolicy,
  startAt: Date,
  startReason: ClockState['startReason'],
): ClockState {
  return {
    policyId: policy.id,
    policyLabel: policy.label,
    unit: policy.unit,
    targets: policy.targets,
    maxExtensions: policy.maxExtensions,
    maxExtensionAmount: policy.maxExtensionAmount,
    notifyLeader: policy.notifyLeader,
    startAt: startAt.toISOString(),
    startReason,
    pauses: [],
    extensions: [],
    supplements: [],
    met: {},
  };
}
