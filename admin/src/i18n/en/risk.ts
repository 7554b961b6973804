/** Risk rules and the explanation of sentiment in English (keys mirror zh-CN/risk.ts). */
export const riskEn = {
  resources: {
    'risk-rules': {
      name: 'Risk rule |||| Risk rules',
      fields: {
        name: 'Name',
        description: 'Description',
        level: 'Level',
        words: 'Trigger words',
        excludeWords: 'Exclusion words',
        active: 'Active',
      },
    },
    messages: { fields: { riskLevel: 'Risk' } },
  },
  desk: {
    risk: {
      logic:
        'Any trigger word marks the message and alerts the officer on duty at once. Negated ("没有发生火灾"), reported or past ("听说去年有人上访") and resolved mentions do not fire, nor does a message with an exclusion word.',
      hit: 'Risk',
    },
    sentiment_why: {
      source: {
        lexicon: 'Sentiment evidence (default lexicon and phrasing):',
        model: 'Sentiment by the activated trained model; lexicon evidence below:',
        confirmed: 'Sentiment confirmed by the duty officer',
      },
      kind: {
        word: 'Word, weight %{weight}',
        pattern: 'Complaint phrasing, weight %{weight}',
        signal: 'Signal, weight %{weight}',
      },
      signal: {
        inquiryType: 'Inquiry type: %{value}',
        topic: 'Category: %{value}',
        'long-account': 'Long account',
        'question-title': 'Title only asks',
      },
      correct: 'Correct the sentiment (becomes a training example)',
      confirmed: 'Sentiment updated and kept as a training example',
    },
  },
};
