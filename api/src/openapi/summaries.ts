import { caseActions } from '@desk/core';

type Summary = { zh: string; en: string };

/** What each first path segment holds, for the summaries of plain list / read / write operations. */
const resourceNames: Record<string, Summary> = {
  users: { zh: '用户', en: 'users' },
  sources: { zh: '信息源', en: 'sources' },
  messages: { zh: '信息', en: 'messages' },
  'api-keys': { zh: '接口密钥', en: 'API keys' },
  departments: { zh: '部门', en: 'departments' },
  cases: { zh: '工单', en: 'cases' },
  drafts: { zh: '答复稿', en: 'reply drafts' },
  templates: { zh: '答复模板', en: 'reply templates' },
  responses: { zh: '已发布回应', en: 'published responses' },
  'audit-log': { zh: '审计日志', en: 'audit log entries' },
  'deadline-policies': { zh: '办理时限规则', en: 'deadline policies' },
  'legal-challenges': { zh: '行政复议 / 行政诉讼', en: 'reconsiderations and lawsuits' },
  categories: { zh: '分类', en: 'categories' },
  'risk-rules': { zh: '研判规则', en: 'risk rules' },
  schemes: { zh: '监测方案', en: 'monitoring schemes' },
  events: { zh: '舆情事件', en: 'events' },
  alerts: { zh: '预警', en: 'alerts' },
  places: { zh: '地名', en: 'places' },
  'routing-rules': { zh: '分派规则', en: 'routing rules' },
  shifts: { zh: '值班安排', en: 'duty shifts' },
  handovers: { zh: '交接班记录', en: 'shift handovers' },
  notifications: { zh: '通知', en: 'notifications' },
};

/** The plain operations of a resource: `GET /api/x`, `POST /api/x`, `GET|PUT|PATCH|DELETE /api/x/{id}`. */
const plainOperations: Record<string, (r: Summary) => Summary> = {
  'GET list': (r) => ({ zh: `${r.zh}列表`, en: `List ${r.en}` }),
  'POST list': (r) => ({ zh: `新建${r.zh}`, en: `Create one of the ${r.en}` }),
  'GET one': (r) => ({ zh: `${r.zh}详情`, en: `Read one of the ${r.en}` }),
  'PUT one': (r) => ({ zh: `修改${r.zh}`, en: `Update one of the ${r.en}` }),
  'PATCH one': (r) => ({ zh: `修改${r.zh}（只改所传字段）`, en: `Update part of one of the ${r.en}` }),
  'DELETE one': (r) => ({ zh: `删除${r.zh}`, en: `Delete one of the ${r.en}` }),
};

/**
 * Summaries of every other operation (and of plain ones that say more), keyed "METHOD /api/path/{param}",
 * in Chinese and English. An operation with neither an entry nor a plain shape fails
 * `api/src/openapi/openapi.test.ts`: add its line here.
 */
export const operationSummaries: Record<string, Summary> = {
  'GET /api/openapi.json': { zh: '本接口说明（OpenAPI 3.1）', en: 'This API description (OpenAPI 3.1)' },
  'GET /api/docs': { zh: '接口文档（Swagger UI）', en: 'API documentation (Swagger UI)' },
  'GET /api/docs/assets/swagger-ui-dist/{file}': {
    zh: 'Swagger UI 的脚本与样式（本机提供，无需外网）',
    en: 'Swagger UI script and styles (served locally, no internet needed)',
  },
  'GET /api/health': {
    zh: '运行状态（数据库、Redis、Meilisearch）',
    en: 'Health of the desk and its services',
  },
  'POST /api/auth/login': {
    zh: '登录：返回会话令牌并设置会话 Cookie（按用户名和地址限流）',
    en: 'Sign in: a session token and cookie (throttled per username and address)',
  },
  'POST /api/auth/logout': { zh: '退出登录（会话失效）', en: 'Sign out (the session ends)' },
  'GET /api/auth/me': { zh: '当前用户、角色和部门', en: 'The signed-in user, role and department' },
  'GET /api/public/responses.json': {
    zh: '公开回应（JSON Feed 1.1，无需登录，不含个人信息）',
    en: 'Public responses (JSON Feed 1.1, no sign-in, no personal data)',
  },
  'GET /api/public/responses.rss': {
    zh: '公开回应（RSS 2.0，无需登录，不含个人信息）',
    en: 'Public responses (RSS 2.0, no sign-in, no personal data)',
  },
  'GET /api/public/responses/{code}': {
    zh: '一条公开回应（按工单编号，RSS 条目的链接）',
    en: 'One public response by case code (the link of a feed item)',
  },
  'POST /api/intake/inquiries': {
    zh: '门户网站提交诉求（X-Api-Key；按 externalId 幂等，入库后生成工单）',
    en: 'Portal inquiry (X-Api-Key; idempotent by externalId; becomes a case)',
  },
  'POST /api/sources': {
    zh: '登记信息源：rss / atom / json（mapping）、html（html: item, link, title, time?, author?, next? 或 pageTemplate, maxPages?, detail?: {body, time?, author?, likes?, replies?}，均为 CSS 选择器）、sitemap（sitemap: pathPrefix?, maxPages?, detail?）',
    en: 'Register a source: rss / atom / json (mapping), html (CSS selectors) or sitemap',
  },
  'GET /api/sources/failures': { zh: '各信息源的抓取失败记录', en: 'Ingest failures of every source' },
  'POST /api/sources/preview': {
    zh: '试抓取：按 html 选择器或站点地图设置读取线上网页（遵守 robots.txt），返回前 10 条、第一条的详情和问题说明；不保存',
    en: 'Trial fetch of an html or sitemap source (robots.txt obeyed): first 10 items and problems; nothing saved',
  },
  'GET /api/sources/{id}/failures': { zh: '该信息源的抓取失败记录', en: "A source's ingest failures" },
  'POST /api/sources/{id}/pull': { zh: '立即抓取该信息源', en: 'Pull the source now' },
  'POST /api/messages/from-link': {
    zh: '粘贴链接：读取网页正文（readability），按规范网址去重后作为“人工添加”信息入库；无法读取时返回 502 FETCH_FAILED（details 为问题说明）',
    en: 'Paste a link: the page text becomes a manual message (deduplicated by canonical URL); 502 FETCH_FAILED when unreadable',
  },
  'GET /api/messages': {
    zh: '信息检索（Meilisearch；关键词高亮与摘要，部门范围内）',
    en: 'Search messages (Meilisearch; highlighted matches and snippets, department scope)',
  },
  'POST /api/messages/{id}/unmask': {
    zh: '查看信息作者联系方式明文（记入审计日志）',
    en: "Reveal a message's personal data (audited)",
  },
  'POST /api/api-keys': {
    zh: '新建接口密钥（密钥只显示这一次）',
    en: 'Create an API key (the secret is shown this once)',
  },
  'DELETE /api/api-keys/{id}': { zh: '吊销接口密钥', en: 'Revoke an API key' },
  'GET /api/cases': {
    zh: '工单列表（react-admin simple-rest；filter: q, status, type, severity, leadDepartmentId, departmentId, escalation, overdue, open, messageId, eventId, createdFrom/To, dueBefore）',
    en: 'List cases (filters as in Chinese)',
  },
  'POST /api/cases': {
    zh: '新建工单（值班员：由留言或舆情事件生成）',
    en: 'Create a case (duty officer: from a message or an event)',
  },
  'GET /api/cases/{id}': {
    zh: '工单详情：dueAt、dueExplanation、allowedActions',
    en: 'A case with its deadline, explanation and allowed actions',
  },
  'PUT /api/cases/{id}': {
    zh: '修改工单事实（受理日期、等级、申请人、办理结果、联系人）；期限随之重算',
    en: "Edit a case's facts; the deadline is recomputed",
  },
  'POST /api/cases/{id}/actions/{action}': {
    zh: `流转操作：${caseActions.join(', ')}（请求体见各操作的 schema，title 为操作名）；非法流转返回 409 INVALID_TRANSITION（details.allowedActions）`,
    en: 'Workflow step (body per action); a refused step is 409 INVALID_TRANSITION with the allowed actions',
  },
  'GET /api/cases/{id}/history': { zh: '状态历史（含操作人姓名）', en: 'Status history (with names)' },
  'GET /api/cases/{id}/comments': { zh: '批注列表', en: 'Comments on a case' },
  'POST /api/cases/{id}/comments': { zh: '添加批注', en: 'Add a comment' },
  'POST /api/cases/{id}/unmask': {
    zh: '查看联系人明文（记入审计日志）',
    en: "Reveal the case's contact (audited)",
  },
  'GET /api/cases/{id}/suggestions': {
    zh: '相似的已答复工单（Meilisearch）',
    en: 'Similar answered cases (Meilisearch)',
  },
  'GET /api/drafts': { zh: '答复稿版本列表（filter: caseId）', en: 'Reply draft versions (filter: caseId)' },
  'POST /api/drafts': {
    zh: '保存答复稿（每次保存新增一个版本）',
    en: 'Save a reply draft (each save is a new version)',
  },
  'GET /api/templates': {
    zh: '答复模板（filter: caseType, status）',
    en: 'Reply templates (filter: caseType, status)',
  },
  'POST /api/templates/{id}/render': { zh: '用工单数据填充模板', en: "Fill a template with a case's facts" },
  'GET /api/responses': { zh: '已发布的回应（部门范围内）', en: 'Published responses (department scope)' },
  'GET /api/audit-log': {
    zh: '审计日志（只读；管理员与审核员）',
    en: 'Audit log (read-only; administrators and reviewers)',
  },
  'GET /api/deadline-policies': {
    zh: '办理时限规则（按类型、等级、辖区）',
    en: 'Deadline policies (by type, severity, jurisdiction)',
  },
  'GET /api/calendar': { zh: '工作日历版本与收录年份', en: 'Work calendar version and covered years' },
  'GET /api/calendar/days': {
    zh: '日期区间内每天是否工作日及原因',
    en: 'Working day or not, and why, for each day of a range',
  },
  'GET /api/calendar/calculate': {
    zh: '期限计算器（start + workingDays 或 hours），附跳过的日期',
    en: 'Deadline calculator (start + working days or hours) with the skipped days',
  },
  'GET /api/calendar/overrides': {
    zh: '管理员日历调整（节假日 / 调休上班）',
    en: "The administrator's calendar overrides (holidays, make-up working days)",
  },
  'POST /api/calendar/overrides': {
    zh: '新增日历调整并重算所有未办结工单的期限',
    en: 'Add a calendar override and recompute every open deadline',
  },
  'GET /api/calendar/overrides/{id}': { zh: '日历调整详情', en: 'One calendar override' },
  'DELETE /api/calendar/overrides/{id}': {
    zh: '删除日历调整并重算期限',
    en: 'Delete a calendar override and recompute deadlines',
  },
  'GET /api/legal-challenges': { zh: '行政复议 / 行政诉讼记录', en: 'Reconsiderations and lawsuits' },
  'GET /api/reports/annual': {
    zh: '年度报告统计（表三、表四，含“一+二=三+四”校验）',
    en: 'Annual report statistics (tables 3 and 4, with their checks)',
  },
  'GET /api/reports/annual.xlsx': { zh: '年度报告统计（Excel）', en: 'Annual report statistics (Excel)' },
  'GET /api/reports/annual.docx': { zh: '年度报告统计（Word）', en: 'Annual report statistics (Word)' },
  'GET /api/reports/sla': {
    zh: '各部门按期办结率 = 按期 ÷（已办结 + 未办结已超期）',
    en: 'On-time rate per department = on time ÷ (completed + open overdue)',
  },
  'GET /api/reports/daily.docx': { zh: '舆情日报（Word）', en: 'Daily briefing (Word)' },
  'GET /api/reports/daily.html': { zh: '舆情日报（网页预览）', en: 'Daily briefing (HTML preview)' },
  'GET /api/reports/events/{id}/report.docx': { zh: '舆情事件专报（Word）', en: 'Event report (Word)' },
  'GET /api/reports/events/{id}/report.html': {
    zh: '舆情事件专报（网页预览）',
    en: 'Event report (HTML preview)',
  },
  'GET /api/notifications': {
    zh: '我的通知（临期、超期、分派、待审）',
    en: 'My notifications (due soon, overdue, assigned, to review)',
  },
  'POST /api/notifications/read-all': { zh: '全部通知标为已读', en: 'Mark all my notifications read' },
  'POST /api/notifications/{id}/read': { zh: '通知标为已读', en: 'Mark a notification read' },
  'GET /api/workflow-settings': {
    zh: '流程设置（如：领导可审批答复稿）',
    en: 'Workflow settings (e.g. leaders may approve drafts)',
  },
  'PUT /api/workflow-settings': {
    zh: '修改流程设置（管理员）',
    en: 'Change workflow settings (administrator)',
  },
  'GET /api/dashboard/facets': {
    zh: '信息检索的分面统计（部门范围内）',
    en: 'Facet counts for message search (department scope)',
  },
  'GET /api/dashboard/leader': {
    zh: '领导驾驶舱的汇总数字与趋势',
    en: "The leader's dashboard figures and trends",
  },
  'POST /api/exports': { zh: '登记一次导出（记入审计日志）', en: 'Record an export (audited)' },
  'GET /api/training': { zh: '分类器训练概况（样本数、模型版本）', en: 'Classifier training overview' },
  'POST /api/training/examples': {
    zh: '上传标注样本（CSV / JSONL）',
    en: 'Upload labelled examples (CSV / JSONL)',
  },
  'POST /api/training/train': { zh: '重新训练分类模型', en: 'Retrain the classifier' },
  'POST /api/training/confirm/{messageId}': {
    zh: '人工确认信息分类（成为训练样本）',
    en: "Confirm a message's topic (becomes a training example)",
  },
  'POST /api/training/confirm-sentiment/{messageId}': {
    zh: '人工确认信息情感（成为训练样本）',
    en: "Confirm a message's sentiment (becomes a training example)",
  },
  'POST /api/schemes/preview': {
    zh: '预览监测方案在现有信息中的命中',
    en: "Preview a scheme's hits among stored messages",
  },
  'GET /api/schemes/{id}/series': { zh: '监测方案命中趋势', en: "A scheme's hits over time" },
  'GET /api/schemes/{id}/messages': { zh: '监测方案命中的信息', en: "A scheme's matching messages" },
  'GET /api/events': { zh: '舆情事件（按热度排序）', en: 'Events (ranked by hotness)' },
  'POST /api/events': {
    zh: '由选中的留言新建舆情事件（title 可选；留言移出原事件，两边统计与热度重算）',
    en: 'New event from chosen messages (they leave their events; figures recomputed)',
  },
  'GET /api/events/formula': { zh: '热度公式（中英文）', en: 'The hotness formula (Chinese and English)' },
  'PUT /api/events/{id}': {
    zh: '修改舆情事件（级别、状态、标题）',
    en: 'Edit an event (level, status, title)',
  },
  'GET /api/events/{id}/timeline': {
    zh: '舆情事件按小时 / 天的信息量',
    en: "An event's message count per hour or day",
  },
  'POST /api/events/{id}/merge': { zh: '合并舆情事件', en: 'Merge events into this one' },
  'POST /api/events/{id}/messages': {
    zh: '将留言并入舆情事件（留言移出原事件，两边统计与热度重算，留言重新索引）',
    en: 'Attach messages to an event (figures recomputed, messages reindexed)',
  },
  'GET /api/alert-channels': {
    zh: '预警推送渠道（企业微信、钉钉、邮件）',
    en: 'Alert channels (WeCom, DingTalk, e-mail)',
  },
  'POST /api/alert-channels': { zh: '新增预警推送渠道', en: 'Add an alert channel' },
  'PUT /api/alert-channels/{id}': { zh: '修改预警推送渠道', en: 'Update an alert channel' },
  'DELETE /api/alert-channels/{id}': { zh: '删除预警推送渠道', en: 'Delete an alert channel' },
  'POST /api/alerts': { zh: '人工发布预警', en: 'Raise an alert by hand' },
  'POST /api/alerts/{id}/acknowledge': { zh: '确认预警', en: 'Acknowledge an alert' },
  'POST /api/routing-rules/propose': {
    zh: '为一条信息或工单建议承办部门（附理由）',
    en: 'Propose the lead department for a message or case (with the reason)',
  },
  'GET /api/shifts/current': { zh: '当前值班人员', en: 'Who is on duty now' },
  'POST /api/handovers/{id}/acknowledge': { zh: '确认接班', en: 'Take over (acknowledge a handover)' },
  'GET /api/stream': {
    zh: '实时推送（SSE：新信息、预警；断线后按 Last-Event-ID 补发）',
    en: 'Live stream (SSE: new messages, alerts; resumes from Last-Event-ID)',
  },
};

/** `GET /api/users/{id}` → its resource and shape, when it is a plain operation. */
function plainSummary(method: string, path: string): Summary | undefined {
  const m = /^\/api\/([a-z-]+)(\/\{id\})?$/.exec(path);
  const resource = m ? resourceNames[m[1]!] : undefined;
  const make = plainOperations[`${method.toUpperCase()} ${m?.[2] ? 'one' : 'list'}`];
  return resource && make ? make(resource) : undefined;
}

/** "中文 · English" for an operation, or undefined when nobody wrote one (the test names it). */
export function operationSummary(method: string, path: string): string | undefined {
  const s = operationSummaries[`${method.toUpperCase()} ${path}`] ?? plainSummary(method, path);
  return s ? `${s.zh} · ${s.en}` : undefined;
}
