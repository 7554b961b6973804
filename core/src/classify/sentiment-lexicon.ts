/**
 * A small hand-written lexicon for citizens' messages to the government: it gives a first sentiment
 * before any model is trained. Words are matched as substrings; a negator just before a word flips it.
 */
const NEGATIVE = [
  '投诉',
  '举报',
  '扰民',
  '噪音',
  '污染',
  '不作为',
  '乱作为',
  '拖欠',
  '欠薪',
  '欺骗',
  '诈骗',
  '违法',
  '违规',
  '乱收费',
  '强制',
  '强行',
  '故障',
  '拥堵',
  '堵塞',
  '危险',
  '隐患',
  '腐败',
  '恶劣',
  '愤怒',
  '气愤',
  '无人管',
  '推诿',
  '敷衍',
  '踢皮球',
  '质量问题',
  '漏水',
  '渗水',
  '事故',
  '死亡',
  '受伤',
  '恶臭',
  '脏乱',
  '难以忍受',
  '严重',
  '失望',
  '无奈',
  '无法',
  '困难',
  '不公',
  '霸王',
  '黑心',
  '坑害',
  '欺压',
  '威胁',
  '打人',
  '暴力',
  '损害',
  '侵害',
  '侵占',
  '违建',
  '偷排',
  '扬尘',
  '臭味',
  '差劲',
  '太差',
  '糟糕',
  '垃圾',
  '退费难',
  '维权',
  '求助',
  '苦不堪言',
  '忍无可忍',
  '寒心',
  '不满',
  '不合理',
  '虚假',
  '捆绑',
  '克扣',
  '刁难',
  '拖延',
];
const POSITIVE = [
  '感谢',
  '谢谢',
  '点赞',
  '满意',
  '表扬',
  '好评',
  '及时',
  '辛苦',
  '称赞',
  '感激',
  '热心',
  '负责任',
  '高效',
  '优秀',
  '赞扬',
  '便民',
  '方便',
  '改善',
  '好转',
  '解决了',
  '很好',
  '不错',
  '周到',
  '贴心',
  '锦旗',
  '致敬',
];
const NEGATORS = ['不', '没', '未', '无', '非', '别'];

function count(text: string, words: string[]): { plain: number; negated: number } {
  let plain = 0;
  let negated = 0;
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const before = text.slice(Math.max(0, at - 2), at);
      if (NEGATORS.some((n) => before.includes(n)) && !word.startsWith('不')) negated++;
      else plain++;
    }
  }
  return { plain, negated };
}

/** Lexicon score in [-1, 1]: tanh of (positive − negative hits) / 2, negated hits counted the other way. */
export function scoreLexicon(text: string): number {
  const neg = count(text, NEGATIVE);
  const pos = count(text, POSITIVE);
  const balance = pos.plain + neg.negated - (neg.plain + pos.negated);
  return Math.tanh(balance / 2);
}
