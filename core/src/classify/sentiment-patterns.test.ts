import { describe, expect, it } from 'vitest';
import { lexiconSentiment } from './sentiment';
import { BACKGROUND_MODIFIER } from './sentiment-rules';

const reasonTexts = (r: { reasons: { text: string }[] }) => r.reasons.map((x) => x.text);

/**
 * Complaint habits the default used to miss on real messages: polite requests, questions and plain
 * accounts that still describe a problem the writer suffers now. Each fixture is written for the test.
 */
describe('complaint patterns of politely worded or questioning grievances', () => {
  it('reads a problem that keeps coming back ("总是解决不了") as 负面', () => {
    const result = lexiconSentiment({
      title: '希望加强昌江区某路口空地的管理',
      body: '这块空地成了随意倾倒垃圾的地方，街道来清理过几次，可总是解决不了，建议改成绿地。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('解决不了');
  });

  it('reads "why still not" in a title as 负面', () => {
    const result = lexiconSentiment({ title: '珠山区去年的棚改补偿款怎么还没发放？' });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('怎么还没');
  });

  it('reads the time already waited ("一年多了…至今没有") as 负面', () => {
    const result = lexiconSentiment({
      title: '关于乐平市公租房申请的问题',
      body: '我家申请公租房已经一年多了，至今没有任何消息，一家四口挤在租来的小房子里。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('等了多久');
  });

  it('reads a nuisance suffered every night as 负面, even asked as a request', () => {
    const result = lexiconSentiment({
      title: '请相关部门关注高新区某烧烤店',
      body: '楼下烧烤店每晚油烟直冲我家窗户，窗户都不敢开。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('长期受扰');
  });

  it('reads "everywhere else has it, only we do not" and an expectation broken ("却") as 负面', () => {
    const compared = lexiconSentiment({
      title: '浮梁县某镇什么时候通城乡公交',
      body: '周边乡镇都已经开通了城乡公交，唯独我们镇还没有，老人进城要走几里路。',
    });
    expect(compared.label).toBe('负面');
    expect(reasonTexts(compared)).toContain('别处都有');
    const broken = lexiconSentiment({
      title: '关于新生儿参保缴费',
      body: '医院公告写的是新生儿参保每年四十元，街道却收了我们两百四十元。',
    });
    expect(broken.label).toBe('负面');
    expect(reasonTexts(broken)).toContain('却');
  });

  it('reads being sent from office to office and "这是怎么回事" as 负面', () => {
    const runaround = lexiconSentiment({
      title: '咨询丧葬费的发放',
      body: '父亲去世后手续上个月就交齐了，社保局让找街道，街道又让找社保局，我不知道该找谁。',
    });
    expect(runaround.label).toBe('负面');
    expect(reasonTexts(runaround)).toEqual(expect.arrayContaining(['来回推', '不知找谁']));
    const distrust = lexiconSentiment({
      title: '昌南新区某楼盘交房时间',
      body: '合同写的是今年六月交房，现在又说推迟到明年，这是怎么回事？',
    });
    expect(distrust.label).toBe('负面');
    expect(reasonTexts(distrust)).toContain('怎么回事');
  });

  it('reads "did anyone consider…?" and a lacking basic service as 负面', () => {
    const considered = lexiconSentiment({
      title: '关于某村安置房选址',
      body: '规划把安置房建在高压线下面，规划时考虑过村民的安全吗？',
    });
    expect(considered.label).toBe('负面');
    expect(reasonTexts(considered)).toContain('考虑过吗');
    const lacking = lexiconSentiment({ title: '浮梁县某村何时才能有干净的自来水？' });
    expect(lacking.label).toBe('负面');
    expect(reasonTexts(lacking)).toContain('何时能有');
  });

  it('reads a harm stated with its size ("危险性很大") and a loss as 负面', () => {
    const danger = lexiconSentiment({
      title: '昌江区某涵洞人车混行',
      body: '涵洞很窄，行人只能贴着汽车走，危险性很大。',
    });
    expect(danger.label).toBe('负面');
    expect(reasonTexts(danger)).toContain('危害较大');
    const loss = lexiconSentiment({
      title: '高新区某企业排水淹了我家鱼塘',
      body: '鱼塘里的鱼全部死了，损失三万多元。',
    });
    expect(loss.label).toBe('负面');
    expect(reasonTexts(loss)).toContain('损失');
  });

  it('cancels a negated loss and keeps the consultation 中性', () => {
    const result = lexiconSentiment({
      title: '咨询燃气管道改造',
      body: '上个月小区燃气管道改造，我家没有损失，想问一下改造后需要重新开户吗？',
    });
    expect(result.label).toBe('中性');
    expect(result.reasons.find((r) => r.text === '损失' && r.polarity === 'negative')).toBeUndefined();
  });

  it('keeps requests to adjust a route or to publish information 中性', () => {
    const route = lexiconSentiment({
      title: '请求公交公司调整18路公交车的运行路线',
      body: '18路开通后大家都很高兴，希望终点站延伸到高铁站，方便居民出行。',
    });
    expect(route.label).toBe('中性');
    expect(reasonTexts(route)).toContain('盼新建');
    const publish = lexiconSentiment({ title: '请市教育局公布今年中考各批次录取分数线' });
    expect(publish.label).toBe('中性');
    expect(reasonTexts(publish)).toContain('请求公布');
  });

  it('keeps a question about when a new facility opens 中性', () => {
    expect(lexiconSentiment({ title: '请问昌南新区体育馆什么时候对市民开放？' }).label).toBe('中性');
  });

  it('reads a condition imposed before a service ("必须…才给") as 负面', () => {
    const result = lexiconSentiment({
      title: '乐平市某镇给孩子上户口的问题',
      body: '罚款已经交了，派出所说必须有村里开的证明才给孩子上户口。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('必须…才给');
  });

  it('reads a yes-or-no question (符不符合) and a programme name (危房改造) as 中性', () => {
    const age = lexiconSentiment({ title: '孩子九月五日满六周岁，符不符合今年上一年级的条件？' });
    expect(age.label).toBe('中性');
    expect(reasonTexts(age)).not.toContain('不符');
    const programme = lexiconSentiment({ title: '浮梁县农村危房改造补贴款在哪里查询' });
    expect(programme.label).toBe('中性');
    expect(reasonTexts(programme)).not.toContain('危房');
  });

  it('does not call a message 负面 when its only evidence is approval', () => {
    const result = lexiconSentiment({ title: '新建的陶瓷文化广场对保护老街风貌很有帮助' });
    expect(result.label).not.toBe('负面');
  });

  it('lets a degree word intensify feeling but not a question (强烈建议 + a low wage is 负面)', () => {
    const result = lexiconSentiment({
      title: '强烈建议事业单位把年终奖分摊到每个月',
      body: '看着每个月那点少得可怜的工资，都快没有动力撑到过年了。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('少得可怜');
    expect(result.reasons.find((r) => r.text === '建议')?.modifier).toBeUndefined();
  });

  it('reads "说不办了", "无人看管" and paid extra classes as grievances', () => {
    const refused = lexiconSentiment({
      title: '咨询独生子女证办理',
      body: '孩子十二岁，想办独生子女证，去计生办办理，说不办了，等孩子满十六岁就不能享受独生子女政策了。',
    });
    expect(refused.label).toBe('负面');
    expect(reasonTexts(refused)).toContain('拒不办理');
    const unattended = lexiconSentiment({
      title: '珠山区某中学晚自习无人看管',
      body: '外来人员在晚自习时进教室向学生推销眼镜。',
    });
    expect(unattended.label).toBe('负面');
    expect(reasonTexts(unattended)).toContain('无人管');
    const classes = lexiconSentiment({
      title: '某中学每周六都有补课',
      body: '每个学生都要交补课费，希望教育局调查一下。',
    });
    expect(classes.label).toBe('负面');
  });

  it('does not read 偏远 as 太远, 觉得加强 as 有待加强, nor "a satisfying answer" as praise', () => {
    const remote = lexiconSentiment({
      title: '农村房屋搬离偏远山区有补贴吗？',
      body: '我们组房屋在偏远的山上，想搬到镇上附近，请问政府有补贴吗？补贴标准是多少？',
    });
    expect(remote.label).toBe('中性');
    expect(reasonTexts(remote)).not.toContain('太贵太差');
    const opinion = lexiconSentiment({ title: '我觉得加强景德镇陶瓷文化旅游的宣传' });
    expect(reasonTexts(opinion)).not.toContain('有待加强');
    const request = lexiconSentiment({
      title: '关于出租车经营权的反映',
      body: '全体驾驶员盼望领导关切我们的诉求，给我们一个满意的答复，致敬。',
    });
    expect(request.label).not.toBe('正面');
  });

  it('reads "which office do I go to" and a long request to publish results as 中性', () => {
    const office = lexiconSentiment({ title: '自建房补办房产证该去哪些部门开证明' });
    expect(office.label).toBe('中性');
    expect(reasonTexts(office)).toContain('找哪个部门');
    const publish = lexiconSentiment({ title: '恳请将今年市直学校教师招聘的面试成绩统一公布' });
    expect(publish.label).toBe('中性');
    expect(reasonTexts(publish)).toContain('请求公布');
  });
});

describe('grievance idioms, suspicion and challenge to the office in charge', () => {
  it('reads 形同虚设, 偷工减料 and 断裂 as grievances', () => {
    const hollow = lexiconSentiment({ title: '浮梁县便民服务热线简直形同虚设' });
    expect(hollow.label).toBe('负面');
    expect(reasonTexts(hollow)).toContain('形同虚设');
    const cracked = lexiconSentiment({
      title: '乐平市某安置小区楼板断裂',
      body: '交房才两年，楼板和梁都出现断裂，开发商偷工减料。',
    });
    expect(cracked.label).toBe('负面');
    expect(reasonTexts(cracked)).toEqual(expect.arrayContaining(['断裂', '偷工减料']));
  });

  it('reads a question whether a clinic holds its licence, and "必须严查", as suspicion', () => {
    const result = lexiconSentiment({
      title: '关于某镇一家诊所的反映',
      body: '这家诊所没有招牌，坐诊的人有执业证吗？医疗关系到老百姓的生命健康，必须严查。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toEqual(expect.arrayContaining(['有证吗', '应当严查']));
  });

  it('reads "是否管得了" and a demand for a timetable as grievances', () => {
    const smell = lexiconSentiment({ title: '浮梁县某纸厂的臭气，环保部门是否管得了？' });
    expect(smell.label).toBe('负面');
    expect(reasonTexts(smell)).toContain('管得了吗');
    const timetable = lexiconSentiment({ title: '请给我们拆迁户一个明确的时间表' });
    expect(timetable.label).toBe('负面');
    expect(reasonTexts(timetable)).toContain('讨说法');
  });

  it('reads cheating in exams (舞弊) and "养家糊口都难" as grievances', () => {
    const exam = lexiconSentiment({
      title: '建议取消学考成绩与学校评价挂钩',
      body: '每年学考都有学校组织舞弊，今年依旧。',
    });
    expect(exam.label).toBe('负面');
    expect(reasonTexts(exam)).toContain('舞弊');
    const living = lexiconSentiment({
      title: '山区代课老师可否调回县城？',
      body: '我们的工资养家糊口都难，回一趟家要转三次车。',
    });
    expect(living.label).toBe('负面');
    expect(reasonTexts(living)).toContain('办事难');
  });

  it('reads "the lowest wage" and "究竟什么时候" as grievances', () => {
    const result = lexiconSentiment({
      title: '我们乡镇防疫员的工资什么时候能涨？',
      body: '全县防疫员的工资是最低的，究竟什么时候能调整？',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toEqual(expect.arrayContaining(['待遇太低', '难道']));
  });

  it('does not read "怎么搞" (how) as a reproach, nor count 是否属实 twice', () => {
    const how = lexiconSentiment({
      title: '关于老城区新商贸走廊的建议',
      body: '新商贸走廊到底怎么搞，还需要进一步研究。',
    });
    expect(how.label).toBe('中性');
    expect(reasonTexts(how)).not.toContain('反问');
    const rumour = lexiconSentiment({
      title: '某社区医院归哪个部门管？',
      body: '听说这家医院归省里管，与卫生局平级，是否属实？',
    });
    expect(reasonTexts(rumour)).not.toContain('合理吗');
  });
});

describe('high-handed acts, criticism and distress; names that only look like feelings', () => {
  it('reads 说停就停, a change made without notice and a policy that did not consider us as 负面', () => {
    const result = lexiconSentiment({
      title: '请问独生子女证停办后怎么享受政策？',
      body: '独生子女证说停办就停办，事先没有任何通知，也没有考虑我们这些还没来得及办证的家庭。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toEqual(expect.arrayContaining(['说停就停', '事先未通知', '没有考虑']));
  });

  it('reads 狭隘, 一刀切, 堪忧 and a fatal illness as grievance or distress', () => {
    expect(lexiconSentiment({ title: '某区人才招聘条件显狭隘' }).label).toBe('负面');
    expect(lexiconSentiment({ title: '某体育馆卫生状况堪忧' }).label).toBe('负面');
    const ill = lexiconSentiment({
      title: '请帮忙联系省城医院专家会诊',
      body: '农民夫妇的独生儿子身患绝症，一家人已经陷入绝境。',
    });
    expect(ill.label).toBe('负面');
    expect(reasonTexts(ill)).toEqual(expect.arrayContaining(['绝症', '绝境']));
  });

  it('does not take 优秀运动员 for praise nor 请教育局 for 请教', () => {
    const athlete = lexiconSentiment({ title: '关于优秀运动员退役安置的补偿标准' });
    expect(athlete.reasons.some((r) => r.polarity === 'positive')).toBe(false);
    const bureau = lexiconSentiment({ title: '请教育局对县城和乡镇放假分类考虑' });
    expect(reasonTexts(bureau)).not.toContain('请教');
  });

  it('does not read "化解入学难" as a grievance, nor "到底有没有" as a reproach', () => {
    const solved = lexiconSentiment({ title: '感谢教育局化解城区小孩入学难' });
    expect(reasonTexts(solved)).not.toContain('办事难');
    const asked = lexiconSentiment({ title: '某铝厂对地下水到底有没有影响？' });
    expect(reasonTexts(asked)).not.toContain('难道');
  });
});

describe('proposals', () => {
  it('reads a 建言, "提几条意见" and a request to promote or to build at length as 中性', () => {
    for (const title of [
      '关于优化某市公交线路的建言',
      '就老城区道路天天洒水的事情提几条意见',
      '希望教育部门在小学推广传统文化诵读',
      '请将某小学路口两边荒废的菜地建设成小游园',
    ])
      expect(lexiconSentiment({ title }).label).toBe('中性');
  });

  it('counts the weak situation words of a proposal as its background, not as a grievance', () => {
    const proposal = lexiconSentiment({
      title: '建议在昌江大道某路口增设公交站',
      body: '这里上下班高峰很拥堵，附近老人出行也很不便，希望增设一个站点。',
    });
    expect(proposal.label).toBe('中性');
    const jam = proposal.reasons.find((r) => r.text === '拥堵');
    expect(jam?.modifier?.startsWith(BACKGROUND_MODIFIER)).toBe(true);
    expect(jam?.weight).toBeLessThan(1);
    // The same account under a title that reports it is a grievance.
    const report = lexiconSentiment({
      title: '昌江大道某路口每天拥堵',
      body: '这里上下班高峰很拥堵，附近老人出行也很不便。',
    });
    expect(report.label).toBe('负面');
    expect(report.reasons.every((r) => !r.modifier?.startsWith(BACKGROUND_MODIFIER))).toBe(true);
  });

  it('reads a proposal asked as a question (能否增设…) as a proposal', () => {
    const result = lexiconSentiment({
      title: '新客运站能否增设手扶电梯？',
      body: '旅客多提着行李，老人上下楼梯很不方便，建议学习高铁站的设计。',
    });
    expect(result.label).toBe('中性');
    expect(reasonTexts(result)).toContain('能否新建');
    expect(result.reasons.find((r) => r.polarity === 'negative')?.modifier).toContain(BACKGROUND_MODIFIER);
  });

  it('keeps strong grievance words in full under a proposal or a question title', () => {
    const arrears = lexiconSentiment({
      title: '建议加强对工地用工的监管',
      body: '老板拖欠我们工资半年了，找了几次都说没钱。',
    });
    expect(arrears.label).toBe('负面');
    expect(arrears.reasons.find((r) => r.text === '拖欠')?.modifier).toBeUndefined();
    const asked = lexiconSentiment({
      title: '浮梁县某村可以恢复开通公交车吗？',
      body: '原来的中巴车取消了，村民出行很不方便。',
    });
    expect(asked.reasons.every((r) => !r.modifier?.startsWith(BACKGROUND_MODIFIER))).toBe(true);
  });
});

/**
 * Information-seeking questions without grievance (…的困惑, …是咋回事？, 请问…) against questions that
 * complain (哪去了？, 怎么会…？) or whose body tells a harm the writer suffers now.
 */
describe('questions that only ask, and questions that complain', () => {
  it('reads a title-only "…的困惑" or "…是咋回事？" as 中性, with the question as its reason', () => {
    const puzzled = lexiconSentiment({ title: '对异地转移住房公积金流程的困惑' });
    expect(puzzled.label).toBe('中性');
    expect(reasonTexts(puzzled)).toContain('困惑');
    const how = lexiconSentiment({ title: '市技工学校的订单班招生是咋回事？' });
    expect(how.label).toBe('中性');
    expect(reasonTexts(how)).toContain('question-title');
  });

  it('reads "关于…的相关问题" as the subject of a question, not a problem', () => {
    const result = lexiconSentiment({ title: '关于事业单位招聘报名资格的相关问题' });
    expect(result.label).toBe('中性');
    expect(reasonTexts(result)).toContain('相关问题');
  });

  it('gives no question signal when the body tells a harm the writer suffers now', () => {
    const result = lexiconSentiment({
      title: '请问企业不签劳动合同该找哪个部门',
      body: '我在厂里干了两年，老板一直不签合同，还拖欠了三个月工资。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).not.toContain('question-title');
  });

  it('reads a request that a due treatment be carried out (请求落实…) as 负面, even with 相关问题', () => {
    const result = lexiconSentiment({ title: '请求落实乡村医生养老补助的相关问题' });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('请求落实');
  });

  it('reads a rhetorical question of distrust as 负面 and gives it no question signal', () => {
    const money = lexiconSentiment({ title: '村里的修路补助款到底哪去了？' });
    expect(money.label).toBe('负面');
    expect(reasonTexts(money)).toContain('钱去哪了');
    const how = lexiconSentiment({ title: '我们小区的取暖费怎么会比邻县贵一倍？' });
    expect(how.label).toBe('负面');
    expect(reasonTexts(how)).toContain('怎么会');
    const still = lexiconSentiment({ title: '请问为什么小区至今还不通天然气？' });
    expect(still.label).toBe('负面');
    expect(reasonTexts(still)).not.toContain('question-title');
  });

  it('does not take admiring the scenery for praise', () => {
    const result = lexiconSentiment({
      title: '建议在江边步道增设观景台',
      body: '周末常带孩子去江边散步，欣赏沿岸的风景，如果能增设几处观景台就更好了。',
    });
    expect(result.label).not.toBe('正面');
    expect(result.reasons.filter((r) => r.polarity === 'positive')).toEqual([]);
    // Praise of people's work still counts.
    const thanks = lexiconSentiment({
      title: '表扬江边步道的保洁员',
      body: '保洁员每天清扫，大家都很欣赏他们的付出。',
    });
    expect(thanks.label).toBe('正面');
  });
});

describe('eagerness in a proposal and prohibitions asked about', () => {
  it('counts exclamation marks under a proposing title as background', () => {
    const result = lexiconSentiment({
      title: '建议把城郊的几处古村落串成一条旅游线路',
      body: '几处古村落相距不远，连起来就是一日游的好线路！带动村民增收！！',
    });
    expect(result.label).toBe('中性');
    expect(result.reasons.find((r) => r.text === '感叹')?.modifier).toBe(BACKGROUND_MODIFIER);
  });

  it('reads "是不是不能…？" as a question about a rule, not a grievance', () => {
    const asked = lexiconSentiment({ title: '想问一下，老年证是不是不能在外地使用？' });
    expect(asked.label).toBe('中性');
    expect(asked.reasons.every((r) => r.polarity !== 'negative' || r.text !== '不能')).toBe(true);
    // Told as a fact it is still a grievance.
    const told = lexiconSentiment({ title: '老年证在外地不能使用，公交司机不让上车' });
    expect(told.label).toBe('负面');
  });
});

describe("challenges to legitimacy or fairness, distrust, help with one's own case", () => {
  it('reads "这种做法对吗？" and "有错吗？" about the writer\'s treatment as 负面', () => {
    const result = lexiconSentiment({ title: '单位请病假就扣全月奖金，这种做法对吗？' });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('这样做对吗');
    const wrong = lexiconSentiment({
      title: '关于物业收费的疑问',
      body: '我只是要求物业出示收费明细，难道业主查账有错吗？',
    });
    expect(reasonTexts(wrong)).toContain('这样做对吗');
  });

  it('reads "这种情况…允许吗？" about a practice as 负面, about the writer\'s own case not', () => {
    const result = lexiconSentiment({ title: '某镇卫生院医生长年在外兼职，请问这种情况卫生部门允许吗？' });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('这样做对吗');
    const own = lexiconSentiment({ title: '我这种情况允许提前退休吗？' });
    expect(reasonTexts(own)).not.toContain('这样做对吗');
  });

  it('reads 难办 and 差距太大 as complaint words', () => {
    const result = lexiconSentiment({
      title: '关于乡镇学校收费的疑问',
      body: '乡镇学校一学期收费比县城还高，差距太大，家长们都说转学的事太难办。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toEqual(expect.arrayContaining(['难办', '差距太大']));
  });

  it('reads 有失公平 / 有失公正 as a grievance', () => {
    const result = lexiconSentiment({ title: '乐平市某中学老师给本校考生阅卷，有失公正' });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('有失公正');
  });

  it('reads a question about the legality of a notice as 负面, even under 咨询', () => {
    const result = lexiconSentiment({
      title: '咨询关于区里停车收费新通知合法性的问题',
      body: '新通知规定老小区路边也要收费，请问该通知有没有经过听证？',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('质疑合法性');
  });

  it('reads "什么时候变…了" as a change noticed by the one it harms', () => {
    const result = lexiconSentiment({ title: '珠山区的免费停车场什么时候变收费停车场了' });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('什么时候变了');
  });

  it('reads trading without a licence, asked about, as 负面', () => {
    const result = lexiconSentiment({ title: '小区门口的诊所没有执业许可证为什么可以营业？' });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('无证为何可以');
  });

  it('reads doubt about what is sold (是否正规, 是否经过检疫) as distrust', () => {
    const result = lexiconSentiment({
      title: '菜市场的牛肉是否经过检疫？',
      body: '有个摊位的牛肉一直比别处便宜一半，想问进货渠道是否正规，肉是否安全？',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('是否正规');
  });

  it("reads a request for help with one's own case as 负面, not as a proposal", () => {
    const result = lexiconSentiment({
      title: '请帮忙补办我女儿的学籍，让她顺利升初中',
      body: '转学时学校说手续都办好了，毕业时却说系统里没有她的学籍。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('求帮忙');
    expect(reasonTexts(result)).not.toContain('盼新建');
    // Help with an answer is a question.
    const answer = lexiconSentiment({ title: '请帮忙解答一下公积金贷款的额度怎么算' });
    expect(reasonTexts(answer)).not.toContain('求帮忙');
  });

  it('reads 呼吁 for what the writer lacks as 负面, 呼吁 for a plan as a proposal', () => {
    expect(lexiconSentiment({ title: '呼吁开放体育公园里的公共厕所' }).label).toBe('负面');
    const plan = lexiconSentiment({ title: '呼吁对城东老工业区进行整体规划' });
    expect(plan.label).toBe('中性');
    expect(reasonTexts(plan)).toContain('盼新建');
  });
});

describe('longer questions of what may be done', () => {
  it('reads "可以…吗" with a long object as a question, "可以不…吗" not', () => {
    const result = lexiconSentiment({ title: '个人可以在乐平市开办民办幼儿园或者托管班吗' });
    expect(result.label).toBe('中性');
    expect(reasonTexts(result)).toContain('可以吗');
    const rhetorical = lexiconSentiment({ title: '开发商可以不按照合同约定的时间给业主交房吗？' });
    expect(reasonTexts(rhetorical)).not.toContain('可以吗');
  });

  it('reads "如何操作" as an information request', () => {
    const result = lexiconSentiment({ title: '孩子的户口从外省迁回本市要如何操作？' });
    expect(result.label).toBe('中性');
    expect(reasonTexts(result)).toContain('如何办理');
  });
});
