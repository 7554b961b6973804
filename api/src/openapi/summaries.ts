import { caseActions } from '@desk/core';

/**
 * One-line summaries of operations, keyed "METHOD /api/path/{param}". Routes without an entry get a
 * generic summary; any engineer may add lines here for their routes.
 */
export const operationSummaries: Record<string, string> = {
  'POST /api/sources':
    '登记信息源：rss / atom / json（mapping）、html（html: item, link, title, time?, author?, next? 或 pageTemplate, maxPages?, detail?: {body, time?, author?, likes?, replies?}，均为 CSS 选择器）、sitemap（sitemap: pathPrefix?, maxPages?, detail?）',
  'POST /api/sources/preview':
    '试抓取：按 html 选择器或站点地图设置读取线上网页（遵守 robots.txt），返回前 10 条、第一条的详情和问题说明；不保存',
  'POST /api/messages/from-link':
    '粘贴链接：读取网页正文（readability），按规范网址去重后作为“人工添加”信息入库；无法读取时返回 502 FETCH_FAILED（details 为问题说明）',
  'GET /api/cases':
    '工单列表（react-admin simple-rest；filter: q, status, type, severity, leadDepartmentId, departmentId, escalation, overdue, open, messageId, eventId, createdFrom/To, dueBefore）',
  'POST /api/cases': '新建工单（值班员：由留言或舆情事件生成）',
  'GET /api/cases/{id}': '工单详情：dueAt、dueExplanation、allowedActions',
  'PUT /api/cases/{id}': '修改工单事实（受理日期、等级、申请人、办理结果、联系人）；期限随之重算',
  'POST /api/cases/{id}/actions/{action}': `流转操作：${caseActions.join(', ')}（请求体见各操作的 schema，title 为操作名）；非法流转返回 409 INVALID_TRANSITION（details.allowedActions）`,
  'GET /api/cases/{id}/history': '状态历史',
  'GET /api/cases/{id}/comments': '批注列表',
  'POST /api/cases/{id}/comments': '添加批注',
  'POST /api/cases/{id}/unmask': '查看联系人明文（记入审计日志）',
  'GET /api/cases/{id}/suggestions': '相似的已答复工单（Meilisearch）',
  'GET /api/drafts': '答复稿版本列表（filter: caseId）',
  'POST /api/drafts': '保存答复稿（每次保存新增一个版本）',
  'GET /api/templates': '答复模板（filter: caseType, status）',
  'POST /api/templates/{id}/render': '用工单数据填充模板',
  'GET /api/responses': '已发布的回应（部门范围内）',
  'GET /api/public/responses.json': '公开回应（JSON Feed 1.1，无需登录，不含个人信息）',
  'GET /api/public/responses.rss': '公开回应（RSS 2.0，无需登录，不含个人信息）',
  'GET /api/audit-log': '审计日志（只读；管理员与审核员）',
  'GET /api/deadline-policies': '办理时限规则（按类型、等级、辖区）',
  'GET /api/calendar': '工作日历版本与收录年份',
  'GET /api/calendar/days': '日期区间内每天是否工作日及原因',
  'GET /api/calendar/calculate': '期限计算器（start + workingDays 或 hours），附跳过的日期',
  'GET /api/calendar/overrides': '管理员日历调整（节假日 / 调休上班）',
  'POST /api/calendar/overrides': '新增日历调整并重算所有未办结工单的期限',
  'DELETE /api/calendar/overrides/{id}': '删除日历调整并重算期限',
  'GET /api/legal-challenges': '行政复议 / 行政诉讼记录',
  'GET /api/reports/annual': '年度报告统计（表三、表四，含“一+二=三+四”校验）',
  'GET /api/reports/annual.xlsx': '年度报告统计（Excel）',
  'GET /api/reports/annual.docx': '年度报告统计（Word）',
  'GET /api/reports/sla': '各部门按期办结率 = 按期 ÷（已办结 + 未办结已超期）',
  'GET /api/reports/daily.docx': '舆情日报（Word）',
  'GET /api/notifications': '我的通知（临期、超期、分派、待审）',
  'GET /api/workflow-settings': '流程设置（如：领导可审批答复稿）',
  'PUT /api/workflow-settings': '修改流程设置（管理员）',
  'POST /api/events': '由选中的留言新建舆情事件（title 可选；留言移出原事件，两边统计与热度重算）',
  'POST /api/events/{id}/messages': '将留言并入舆情事件（留言移出原事件，两边统计与热度重算，留言重新索引）',
};
