/** Administration pages in Chinese (en/admin.ts mirrors the keys). */
export const adminZh = {
  resources: {
    'deadline-policies': {
      name: '期限规则 |||| 期限规则',
      fields: {
        label: '名称',
        jurisdiction: '适用地区',
        caseType: '工单类型',
        severity: '级别',
        unit: '计时方式',
        targets: '期限',
        key: '节点',
        amount: '时长',
        maxExtensions: '可延期次数',
        maxExtensionAmount: '单次延期上限',
        notifyLeader: '超期通知领导',
        basis: '依据',
        active: '启用',
      },
    },
    'calendar-overrides': {
      name: '节假日调整 |||| 节假日调整',
      fields: { date: '日期', kind: '类型', name: '名称', note: '说明' },
    },
    'audit-log': {
      name: '审计日志 |||| 审计日志',
      fields: {
        at: '时间',
        actorName: '操作人',
        action: '操作',
        entity: '对象',
        entityId: '对象编号',
        departmentId: '部门',
        ip: 'IP',
        from: '起始日期',
        to: '截止日期',
      },
    },
    'workflow-settings': {
      name: '流程设置 |||| 流程设置',
      fields: { leaderApproves: '领导可审批答复稿' },
    },
    responses: {
      name: '已发布回应 |||| 已发布回应',
      fields: {
        caseCode: '工单编号',
        title: '标题',
        caseType: '类型',
        departmentName: '回应单位',
        body: '回应内容',
        publishedAt: '发布时间',
      },
    },
  },
  desk: {
    menu: { workflow_settings: '流程设置' },
    workflow: {
      leader_approves_hint:
        '开启后，领导可以像审核员一样审批通过或退回答复稿；关闭时只有审核员和管理员可以。',
      audited: '每次修改都记入审计日志。',
      saved: '流程设置已保存',
    },
    templates: { placeholders: '可用占位符：' },
    calendar: {
      calculator: '期限计算器',
      start: '受理日期',
      working_days: '工作日数',
      calculate: '计算',
    },
    responses: { feed: '公开发布源 (JSON)' },
    enum: {
      clockUnit: { hours: '小时', 'working-days': '个工作日' },
      dayKind: { holiday: '放假', workday: '调休上班' },
    },
  },
};
