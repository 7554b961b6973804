import type { CaseStatus, CaseType, Channel, Severity } from './case';
import type { ApplicantType } from './disclosure';

/** Display names (data, not identifiers): the admin, reports and public feed use them. */
type Label = { zh: string; en: string };

export const caseTypeLabels: Record<CaseType, Label> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  help: { zh: '求助', en: 'Request for help' },
  suggestion: { zh: '建议', en: 'Suggestion' },
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
  disclosure: { zh: '依申请公开', en: 'Information disclosure request' },
  opinion: { zh: '舆情事件', en: 'Public opinion event' },
};

/** The portal and 12345 systems send the Chinese type names. */
export const caseTypeByChineseName: Record<string, CaseType> = Object.fromEntries(
  Object.entries(caseTypeLabels).map(([code, label]) => [label.zh, code as CaseType]),
);

export const severityLabels: Record<Severity, Label> = {
  'especially-major': { zh: '特别重大', en: 'Especially major' },
  major: { zh: '重大', en: 'Major' },
  large: { zh: '较大', en: 'Large' },
  general: { zh: '一般', en: 'General' },
};

export const caseStatusLabels: Record<CaseStatus, Label> = {
  new: { zh: '待分派', en: 'New' },
  assigned: { zh: '已分派', en: 'Assigned' },
  accepted: { zh: '已签收', en: 'Accepted' },
  drafting: { zh: '答复拟稿', en: 'Drafting' },
  'in-review': { zh: '待审核', en: 'In review' },
  approved: { zh: '已审核', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已办结', en: 'Closed' },
  returned: { zh: '已退回', en: 'Returned' },
  merged: { zh: '已并单', en: 'Merged' },
  suspended: { zh: '已暂停计时', en: 'Suspended' },
  'awaiting-supplement': { zh: '待补正', en: 'Awaiting supplement' },
};

/**
 * Whom a reply greets when the case carries no name: an opinion event answers the public online (网民朋友),
 * a disclosure request its 申请人, every other case a 市民. Templates use it as {{applicant.name}}.
 */
export const salutationByCaseType: Record<CaseType, string> = {
  opinion: '网民朋友',
  disclosure: '申请人',
  consultation: '市民朋友',
  help: '市民朋友',
  suggestion: '市民朋友',
  complaint: '市民朋友',
  report: '市民朋友',
};

export const channelLabels: Record<Channel, Label> = {
  web: { zh: '网上申请', en: 'Online' },
  wechat: { zh: '微信', en: 'WeChat' },
  email: { zh: '电子邮件', en: 'E-mail' },
  letter: { zh: '信函', en: 'Letter' },
  phone: { zh: '电话', en: 'Phone' },
  'in-person': { zh: '当面', en: 'In person' },
  fax: { zh: '传真', en: 'Fax' },
  monitoring: { zh: '舆情监测', en: 'Monitoring' },
};

export const applicantTypeLabels: Record<ApplicantType, Label> = {
  'natural-person': { zh: '自然人', en: 'Natural person' },
  commercial: { zh: '商业企业', en: 'Commercial enterprise' },
  research: { zh: '科研机构', en: 'Research institution' },
  'public-interest': { zh: '社会公益组织', en: 'Public-interest organisation' },
  'legal-service': { zh: '法律服务机构', en: 'Legal service provider' },
  'other-org': { zh: '其他', en: 'Other organisation' },
};
