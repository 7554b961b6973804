/** Risk rules (研判) and the explanation of sentiment on the message page (en/risk.ts mirrors the keys). */
export const riskZh = {
  resources: {
    'risk-rules': {
      name: '研判规则 |||| 研判规则',
      fields: {
        name: '名称',
        description: '说明',
        level: '等级',
        words: '触发词',
        excludeWords: '排除词',
        active: '启用',
      },
    },
    messages: { fields: { riskLevel: '研判' } },
  },
  desk: {
    risk: {
      logic:
        '留言中出现任一触发词即标记并立即向值班员预警；被否定（“没有发生火灾”）、转述或往事（“听说去年有人上访”）、已排除的提及不触发；含排除词时不触发。',
      hit: '研判',
    },
    sentiment_why: {
      source: {
        lexicon: '情感依据（默认词典与句式）：',
        model: '情感依据（已启用的训练模型；下列为词典证据）：',
        confirmed: '情感已由值班员确认',
      },
      kind: {
        word: '词语，权重 %{weight}',
        pattern: '投诉句式，权重 %{weight}',
        signal: '信号，权重 %{weight}',
      },
      signal: {
        inquiryType: '诉求类型：%{value}',
        topic: '分类：%{value}',
        'long-account': '长篇陈述',
        'question-title': '标题只是提问',
      },
      correct: '纠正情感（将作为训练样本）',
      confirmed: '已更新情感，并记为训练样本',
    },
  },
};
