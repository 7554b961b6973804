import { z } from 'zod';
import { dateTime, id } from './fields';

/**
 * 依申请公开 applicant types: the columns of annual-report Table 三 (自然人 | 法人或其他组织: 商业企业,
 * 科研机构, 社会公益组织, 法律服务机构, 其他).
 */
export const applicantTypes = [
  'natural-person',
  'commercial',
  'research',
  'public-interest',
  'legal-service',
  'other-org',
] as const;
export const ApplicantTypeSchema = z.enum(applicantTypes);
export type ApplicantType = z.infer<typeof ApplicantTypeSchema>;

/**
 * Outcomes at the granularity of the national template (国办公开办函〔2019〕60号, revised 〔2021〕30号),
 * Table 三 section 三: each code is one row, so either layout can be derived exactly.
 */
export const disclosureOutcomes = [
  'granted', // (一) 予以公开
  'partial', // (二) 部分公开
  'withheld.state-secret', // (三)1
  'withheld.law-prohibited', // (三)2
  'withheld.security-stability', // (三)3 三安全一稳定
  'withheld.third-party', // (三)4
  'withheld.internal-affairs', // (三)5 三类内部事务信息
  'withheld.process-info', // (三)6 四类过程性信息
  'withheld.enforcement-file', // (三)7 行政执法案卷
  'withheld.administrative-query', // (三)8 行政查询事项
  'unable.not-held', // (四)1 本机关不掌握
  'unable.needs-creation', // (四)2 没有现成信息需要另行制作
  'unable.unclear-after-supplement', // (四)3 补正后申请内容仍不明确
  'not-processed.petition', // (五)1 信访举报投诉类申请
  'not-processed.repeat', // (五)2 重复申请
  'not-processed.publication', // (五)3 要求提供公开出版物
  'not-processed.excessive', // (五)4 无正当理由大量反复申请
  'not-processed.confirm-or-reissue', // (五)5 要求确认或重新出具已获取信息
  'other.no-supplement', // (六)1 逾期不补正 (2021 form)
  'other.no-fee', // (六)2 逾期未缴费 (2021 form)
  'other.other', // (六)3 其他
] as const;
export const DisclosureOutcomeSchema = z.enum(disclosureOutcomes);
export type DisclosureOutcome = z.infer<typeof DisclosureOutcomeSchema>;

/** 行政复议 / 行政诉讼 records for Table 四. */
export const challengeKinds = ['reconsideration', 'lawsuit'] as const;
export const lawsuitPaths = ['direct', 'after-reconsideration'] as const;
export const challengeResults = ['upheld', 'corrected', 'other', 'pending'] as const;

export const LegalChallengeCreateSchema = z
  .object({
    caseId: id().nullable().default(null),
    kind: z.enum(challengeKinds),
    lawsuitPath: z.enum(lawsuitPaths).nullable().default(null),
    result: z.enum(challengeResults).default('pending'),
    filedAt: dateTime(),
    decidedAt: dateTime().nullable().default(null),
    reference: z.string().trim().max(128).default(''),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((c) => (c.kind === 'lawsuit') === (c.lawsuitPath !== null), {
    message: 'a lawsuit needs lawsuitPath (direct / after-reconsideration); a reconsideration none',
    path: ['lawsuitPath'],
  });
export type LegalChallengeCreate = z.infer<typeof LegalChallengeCreateSchema>;
export const LegalChallengeUpdateSchema = z
  .object({
    result: z.enum(challengeResults),
    decidedAt: dateTime().nullable(),
    reference: z.string().trim().max(128),
    note: z.string().trim().max(2000),
  })
  .partial();
