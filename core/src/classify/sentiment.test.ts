import { describe, expect, it } from 'vitest';
import { labelForScore, lexiconSentiment, normalizeSentimentLabel, SentimentModel } from './sentiment';

const reasonTexts = (r: { reasons: { text: string }[] }) => r.reasons.map((x) => x.text);

describe('default sentiment of citizen messages', () => {
  it('reads repeated, unanswered reports as a grievance and names the pattern', () => {
    const result = lexiconSentiment({
      title: '珠山区新厂西路小区门口污水井冒水',
      body: '从上个月起污水井一直往外冒水，我们多次向社区和物业反映，至今没有人来处理，路过的老人小孩只能绕行。',
    });
    expect(result.label).toBe('负面');
    expect(result.score).toBeLessThanOrEqual(-0.3);
    expect(reasonTexts(result)).toEqual(expect.arrayContaining(['多次反映', '至今未']));
  });

  it('reads a politely worded complaint as 负面 (a problem the writer suffers now)', () => {
    const result = lexiconSentiment({
      title: '恳请帮忙解决昌江区某小区电梯故障问题',
      body: '尊敬的领导您好！我家住18楼，小区电梯近两周经常停运，家中老人上下楼十分困难，恳请相关部门督促物业尽快维修，谢谢！',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toContain('请求查处');
  });

  it('reads wage arrears told as a story as 负面', () => {
    const result = lexiconSentiment({
      title: '浮梁县某工地拖欠农民工工资',
      body: '我们二十多个工人去年在工地干了半年，老板拖欠工资八万多元，找劳动监察大队说去法院，快过年了家里等着这笔血汗钱。',
    });
    expect(result.label).toBe('负面');
    expect(reasonTexts(result)).toEqual(expect.arrayContaining(['拖欠', '血汗钱']));
  });

  it('reads a consultation about procedure as 中性', () => {
    const result = lexiconSentiment({
      title: '咨询异地就医备案如何办理',
      body: '请问父母退休后长期住在外地，医保异地就医备案需要哪些材料，可以在网上办理吗？',
    });
    expect(result.label).toBe('中性');
    expect(reasonTexts(result)).toContain('咨询');
  });

  it('reads a suggestion without grievance as 中性', () => {
    const result = lexiconSentiment({
      title: '建议在陶溪川周边增设公共自行车站点',
      body: '周末游客较多，建议在陶溪川和东门头之间增设几个公共自行车站点，方便市民和游客出行。',
    });
    expect(result.label).toBe('中性');
  });

  it('reads thanks for a resolved matter as 正面 even though it names the old problem', () => {
    const result = lexiconSentiment({
      title: '感谢城管部门解决了我们小区门口的噪音问题',
      body: '上周反映夜市烧烤噪音扰民，城管局第二天就来现场处理，现在晚上安静了，为你们的高效点赞！',
    });
    expect(result.label).toBe('正面');
    expect(result.score).toBeGreaterThanOrEqual(0.3);
  });

  it('does not take the closing courtesy of a complaint for praise', () => {
    const result = lexiconSentiment({
      title: '乐平市某路段路灯坏了半年没人修',
      body: '这段路晚上一片漆黑，已经发生过两次电动车摔倒，希望尽快修复。感谢您在百忙之中看我的留言，谢谢！',
    });
    expect(result.label).toBe('负面');
  });

  it('turns a negated praise word into a complaint (不耐心)', () => {
    const result = lexiconSentiment({ title: '社保大厅窗口工作人员不耐心' });
    expect(result.label).toBe('负面');
    expect(result.reasons.find((r) => r.text === '耐心')).toMatchObject({
      polarity: 'negative',
      modifier: '不',
    });
  });

  it('cancels a complaint word that is negated (没有污染)', () => {
    const plain = lexiconSentiment({ title: '请问新建的垃圾站有污染吗' });
    const negated = lexiconSentiment({ title: '请问新建的垃圾站没有污染吧，能否公开环评结论' });
    expect(negated.reasons.find((r) => r.text === '污染')).toBeUndefined();
    expect(negated.score).toBeGreaterThan(plain.score);
  });

  it('weighs a complaint word more after a degree word', () => {
    const mild = lexiconSentiment({ title: '小区门口的摊位影响通行' });
    const strong = lexiconSentiment({ title: '小区门口的摊位极其影响通行' });
    expect(strong.score).toBeLessThan(mild.score);
  });

  it('takes the inquiry type as a signal: a portal 投诉 leans 负面, a 咨询 leans 中性', () => {
    const text = { title: '关于高新区某小区停车收费标准', body: '小区地面停车位每月收费三百元。' };
    expect(lexiconSentiment({ ...text, inquiryType: 'complaint' }).label).toBe('负面');
    expect(lexiconSentiment({ ...text, inquiryType: 'consultation' }).label).toBe('中性');
    expect(reasonTexts(lexiconSentiment({ ...text, inquiryType: 'complaint' }))).toContain(
      'inquiryType:complaint',
    );
  });

  it('reads "cannot get it done" and "when will it be paid" as grievances, even when asked as questions', () => {
    const stuck = lexiconSentiment({
      title: '孩子出生两年上不了户口',
      body: '因为没有准生证，孩子上不了户，办不了医保，生病住院全部自费，请问我们该怎么办？',
    });
    expect(stuck.label).toBe('负面');
    expect(reasonTexts(stuck)).toContain('办不了');
    const waiting = lexiconSentiment({ title: '昌江区拆迁安置补偿款何时兑现？' });
    expect(waiting.label).toBe('负面');
    expect(reasonTexts(waiting)).toContain('何时兑现');
  });

  it('reads rhetorical questions and "very inconvenient" as grievances, an information-disclosure request as 中性', () => {
    const rhetorical = lexiconSentiment({
      title: '高新区某楼盘车位捆绑销售',
      body: '买房必须再买一个十二万的车位，这还是依法治国吗？开发商说这是政府同意的，不是说不准捆绑销售了么？',
    });
    expect(rhetorical.label).toBe('负面');
    expect(reasonTexts(rhetorical)).toContain('还是…吗');
    const bus = lexiconSentiment({
      title: '浮梁县某村可以恢复开通公交车吗？',
      body: '原来有一趟中巴车，现在取消了，村民出行很不方便，老人进一趟城要转几次车，极不方便。',
    });
    expect(bus.label).toBe('负面');
    const disclosure = lexiconSentiment({
      title: '申请公开珠山区某安置小区建设成本资料',
      body: '我们是小区业主委员会，依据《政府信息公开条例》申请公开该小区申报的建设成本资料，请予答复。',
    });
    expect(disclosure.label).toBe('中性');
  });

  it('reads a short question about a rule and a wish for a new facility as 中性', () => {
    expect(lexiconSentiment({ title: '浮梁县新农合住院用进口药可以报销吗' }).label).toBe('中性');
    expect(lexiconSentiment({ title: '居民医保门诊慢特病报销比例怎么算？' }).label).toBe('中性');
    const wish = lexiconSentiment({ title: '盼望乐平市尽快建一座青少年活动中心' });
    expect(wish.label).toBe('中性');
    expect(reasonTexts(wish)).toContain('盼新建');
  });

  it('maps scores to the three labels around a neutral band', () => {
    expect([labelForScore(-0.9), labelForScore(0), labelForScore(0.9)]).toEqual(['负面', '中性', '正面']);
  });

  it('accepts 0/1 and the three labels as training labels', () => {
    expect(['0', 1, '中性', '正面', 'x'].map(normalizeSentimentLabel)).toEqual([
      '负面',
      '正面',
      '中性',
      '正面',
      null,
    ]);
  });
});

describe('trained sentiment model', () => {
  const reviews = [
    ...['房间干净服务好', '早餐丰富很满意', '前台热情周到', '位置方便环境好'].map((title) => ({
      title,
      label: '正面',
    })),
    ...['房间脏服务差', '早餐难吃不满意', '前台态度恶劣', '隔音差太吵'].map((title) => ({
      title,
      label: '负面',
    })),
  ];

  it('learns polarity from labelled examples and scores within [-1, 1]', () => {
    const model = SentimentModel.train(reviews);
    expect(model.polarity('服务很好很满意')).toBe(1);
    expect(model.polarity('态度差太脏')).toBe(0);
    const { score, source } = model.score('环境好');
    expect(source).toBe('model');
    expect(Math.abs(score)).toBeLessThanOrEqual(1);
  });

  it('decides 中性 directly when trained on three labels', () => {
    const model = SentimentModel.train([
      ...reviews,
      ...['请问怎么办理', '咨询办理流程', '请问需要什么材料', '如何申请补贴'].map((title) => ({
        title,
        label: '中性',
      })),
    ]);
    expect(model.labels).toEqual(['中性', '正面', '负面']);
    expect(model.score('请问办理需要什么材料').label).toBe('中性');
  });
});
