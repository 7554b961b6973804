/**
 * The desk's default sentiment lexicon for citizens' messages to the government (hotline, portal,
 * message boards). Weights say how much one occurrence tells: 2 = the message is a grievance on its own,
 * 1 = a usual complaint word, 0.5 = a hint. Multi-word habits of complaints live in sentiment-patterns.ts.
 */
export type Polarity = 'negative' | 'neutral' | 'positive';
export type LexiconEntry = readonly [term: string, weight: number];

/** Entries of one weight, written as a whitespace-separated list so the lists stay readable. */
const weighted = (weight: number, terms: string): LexiconEntry[] =>
  terms
    .split(/\s+/)
    .filter(Boolean)
    .map((term) => [term, weight] as const);

/** Grievance, criticism, harm, distress, distrust. Entries that start with a negator are whole words. */
export const complaintWords: readonly LexiconEntry[] = [
  ...weighted(
    2,
    `
    投诉 举报 扰民 不作为 乱作为 乱收费 乱罚款 拖欠 欠薪 克扣 诈骗 欺诈 欺骗
    坑害 坑人 黑心 推诿 踢皮球 推来推去 敷衍 无人管 没人管 无人问津 不管不顾
    置之不理 不闻不问 视而不见 石沉大海 不了了之 苦不堪言 忍无可忍 怨声载道 民不聊生
    维权 讨薪 血汗钱 违建 违章建筑 违章搭建 偷排 污染 恶臭 臭气熏天 噪音 噪声
    渎职 失职 腐败 贪污 挪用 套取 暗箱操作 猫腻 保护伞 传销 强拆 殴打 打人 威胁
    恐吓 刁难 歧视 霸占 侵占 侵犯 侵害 烂尾 漏水 渗水 塌陷 安全隐患 虚假 假冒
    伪劣 劣质 垄断 强制 强迫 强行 擅自 违规 违法 非法 寒心 心寒 绝望 冤 公道
    求助 救救 救命 欺压 霸道 嚣张 猖獗 泛滥 官商勾结 不公平 不公正 不合理 乱象
    黑幕 受害 受骗 被骗 骗取 被迫 失望 愤怒 气愤 心痛 煎熬 折磨 受不了 难以忍受
    投诉无门 有偿补课 违规补课 凭什么 屡禁不止 变本加厉 忽悠 弄虚作假 中饱私囊 以权谋私 徇私 滥用职权 讹诈 宰客 私分 血本无归 告状 上访 走后门 杳无音讯 毫无音讯 音讯全无 没有下文 没了下文 不见下文 放鸽子 食言
    有失公平 有失公正 有失公允 有失公道
    捆绑销售 强买强卖 内幕 一拖再拖 无法无天 剥夺 残酷 特权 作秀 糊弄 欺负 交不起 看不起病 上不起学 走投无路 求告无门
    形同虚设 名存实亡 走过场 流于形式 偷工减料 偷工偷料 豆腐渣 舞弊 作弊 惨不忍睹 不忍目睹
    `,
  ),
  ...weighted(
    1,
    `
    困难 困扰 不便 麻烦 拥堵 堵塞 故障 破损 破旧 损坏 脏乱 太贵 过高 偏高 高额
    不公 不规范 不到位 不达标 不及时 不透明 拒绝 拒付 未发 没发 停发 停水 停电
    断水 延误 拖延 迟迟 至今 质疑 不满 无奈 痛苦 隐患 危险 危房 事故 受伤 死亡
    窒息 患病 裂缝 开裂 倾斜 积水 臭味 扬尘 油烟 粉尘 辐射 异味 坑洼 坑坑洼洼
    破烂 残疾 下岗 失业 欠费 罚款 扣除 索要 收取 加收 涨价 暴涨 负担 不给 不能
    无法 不准 不让 不予 弱势 可怜 担心 害怕 提心吊胆 混乱 差劲 太差 很差 极差
    态度差 质量差 恶劣 糟糕 不负责 不文明 私自 违反 错误 高于 生蛆 发霉 变质
    过期 不卫生 排污 被毁 损毁 漫天要价 猖狂 黑作坊 无证 无照 无资质 不符 缩水 骚扰
    吵闹 占道 体罚 打骂 辱骂 涉嫌 不公开 不公示 不退 天价 高价 霸凌 上诉 起诉 诉讼 仲裁 坏了 摔倒
    不按规定 不按时 无从 标准不一 同工同酬 同等待遇 同待遇
    补课费 损失 吃亏 吃大亏 吃了亏 吃了大亏 亏损 为难 不科学 不切实际 死板 顽疾 无理 不合格 不方便 很不方便 不提供 不开心 生气 吓得 冤枉 无助 心酸 委屈 焦虑 抑郁 偷偷摸摸 拒之门外 白跑 白走 有苦难言 不公道
    摆设 虚设 走形式 断裂 倒塌 垮塌 叫停 夸大 夸大宣传 洗脑 臭气 没证
    狭隘 片面 荒唐 荒谬 一刀切 不担责 不担当 堪忧 恶心 绝症 绝境 重病 重症
    居然 竟然 谈何 泄漏 泄露 难受 难办 差距太大 差距过大 差距很大 差距悬殊
    `,
  ),
  ...weighted(0.5, '问题 反映 影响 严重 长期 一直 多年 垃圾 为什么 为何'),
];

/** Praise, thanks, approval. Courtesy formulas that close a complaint are in courtesyPhrases. */
export const praiseWords: readonly LexiconEntry[] = [
  ...weighted(
    2,
    `
    表扬 点赞 称赞 赞扬 赞美 致敬 锦旗 感谢信 感谢状 叫好 好评 为民解忧
    为民办实事 尽职尽责 雷厉风行 好样的 暖心 点个赞 竖起大拇指
    `,
  ),
  ...weighted(
    1,
    `
    感谢 感激 满意 热情 耐心 负责任 辛苦了 温暖 高效 及时处理 得到解决 得到了解决
    已经解决 已解决 解决了 落实了 帮助下 周到 贴心 优秀 欣慰 欣赏 佳绩 再创 很有帮助 有帮助 建得好 热烈欢迎
    `,
  ),
];

/** Consultation, information request, suggestion. */
export const consultWords: readonly LexiconEntry[] = [
  ...weighted(1.5, '咨询 请问 请教 询问 想了解 了解一下 建议 提议 倡议 构想 建言 献策 调研'),
  // The writer does not understand a rule or a process (…的困惑, 关于…之疑惑): a question, not a grievance.
  ...weighted(1.5, '困惑 疑惑 疑问 不解之处 请解惑 帮忙解惑 予以解惑'),
  // 关于…的相关问题 names the subject of a question (the longer word hides 问题).
  ...weighted(1, '相关问题'),
  ...weighted(
    1,
    `
    能否 可否 是否可以 可不可以 是否能 是否需要 需不需要 还需要 何时 什么时候
    如何办理 怎么办理 怎样办理 需要哪些 需要什么 哪些材料 什么条件 流程 手续 有没有 是多少 多少钱 介绍一下
    麻烦告知 麻烦您 麻烦相关 麻烦领导 麻烦解答 麻烦回复 能不能 如何才能 怎样才能 怎么才能 资询 怎么算 如何计算 怎样计算 是怎么样的 是怎样的 有哪些 能报销 可以报销 能不能报 请支持 恳请支持
    符不符合 存不存在 算不算 属不属于 要不要 用不用 够不够 应不应该 允不允许 对不对
    `,
  ),
  ...weighted(0.3, '政策 规定 条件 标准 希望 是否 申请 办理 危房改造 危改'),
];

/**
 * Names that hold a feeling or question word but are neither (优秀运动员 is a title, not praise; 请教育局 is
 * 请 + 教育局, not 请教). The scanner takes the longest word, so each hides the word inside it; weight 0.
 */
export const plainNames: readonly LexiconEntry[] = weighted(
  0,
  `
  请教育 优秀运动员 优秀教师 优秀学生 优秀毕业生 优秀人才 优秀党员 优秀共产党员 优秀员工 优秀干部
  优秀班主任 优秀企业 优秀选手 优秀青年 优秀教育工作者
  `,
);

/** Thanks that open or close a complaint ("感谢您在百忙之中…", "…为盼，谢谢"): politeness, not praise. */
export const courtesyPhrases = [
  '百忙之中',
  '谢谢',
  '万分感谢',
  '不胜感激',
  '感激不尽',
  '为盼',
  '为谢',
  '盼复',
  '先谢',
  '在此感谢',
  '感谢您',
  '感谢领导',
  '非常感谢',
  '谢谢您',
  '满意的答复',
  '满意的回复',
  '满意答复',
  '满意回复',
  '致敬',
] as const;

/** A negator just before a word turns praise into complaint and cancels a complaint word. */
export const negators = [
  '不',
  '没',
  '没有',
  '未',
  '无',
  '非',
  '别',
  '并非',
  '并未',
  '从未',
  '毫无',
  '尚未',
  '不再',
];

/** Degree words just before a word make it count more. */
export const degreeWords: readonly LexiconEntry[] = [
  ['非常', 1.5],
  ['十分', 1.5],
  ['极其', 2],
  ['极为', 2],
  ['特别', 1.5],
  ['严重', 1.5],
  ['太', 1.5],
  ['很', 1.3],
  ['相当', 1.3],
  ['越来越', 1.5],
  ['更加', 1.3],
  ['实在', 1.5],
  ['简直', 1.5],
  ['根本', 1.5],
  ['完全', 1.3],
  ['如此', 1.3],
  ['这么', 1.2],
  ['多么', 1.3],
  ['极度', 2],
  ['强烈', 1.5],
];
