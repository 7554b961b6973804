import { describe, expect, it } from 'vitest';
import { groupBatch } from './batch';
import { defaultGroupingOptions } from './cluster';
import { aliasCandidates, cosine, messageVector, nameAlias } from './vector';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 2, day, hour));
const eventOf = (events: ReturnType<typeof groupBatch>, id: string) =>
  events.find((e) => e.messageIds.includes(id))!;

describe('grouping weighs places and organisations', () => {
  const lights = [
    {
      id: 'y1',
      title: '沿江东路路灯长期不亮',
      body: '晚上出行全靠手机照明，路灯已经坏了半个月，老人小孩经常被绊倒，非常不安全。',
    },
    {
      id: 'g1',
      title: '广场北路路灯长期不亮',
      body: '路灯已经坏了二十多天，晚上出行全靠手机照明，老人小孩经常被绊倒，很不安全。',
    },
    { id: 'y2', title: '沿江东路一段路灯不亮', body: '路灯坏了很久，晚上出行全靠手机照明，非常不安全。' },
    {
      id: 'g2',
      title: '广场北路晚上路灯全黑',
      body: '路灯坏了二十多天，老人小孩经常被绊倒，晚上出行全靠手机照明。',
    },
  ].map((m, i) => ({ ...m, createdAt: at(1 + i) }));

  it('keeps two roads apart though their complaints read alike', () => {
    const [y1, g1] = lights;
    expect(cosine(messageVector(g1!.title, g1!.body), messageVector(y1!.title, y1!.body))).toBeGreaterThan(
      defaultGroupingOptions.threshold,
    );
    const events = groupBatch(lights);
    expect(eventOf(events, 'y1').messageIds.sort()).toEqual(['y1', 'y2']);
    expect(eventOf(events, 'g1').messageIds.sort()).toEqual(['g1', 'g2']);
  });

  const money = [
    {
      id: 'c1',
      title: '珠山区某陶瓷厂卷款跑路',
      body: '负责人电话关机，门店已经清空，预付的费用都退不回来，金额从几千到上万不等，我们已经向市场监管部门投诉，但没有进展。',
    },
    {
      id: 't1',
      title: '某培训机构预付卡退费难',
      body: '负责人电话关机，门店已经清空，预付的费用都退不回来，金额从几千到上万不等，我们已经向市场监管部门投诉，但没有进展。',
    },
    {
      id: 'c2',
      title: '陶瓷厂老板卷款跑路工人讨薪无门',
      body: '老板电话关机，厂里已经清空，工人的工资都要不回来，已经向劳动监察部门投诉。',
    },
    {
      id: 't2',
      title: '培训机构关门家长退费无门',
      body: '机构突然关门，负责人电话关机，家长交的学费退不回来，已经向市场监管部门投诉。',
    },
  ].map((m, i) => ({ ...m, createdAt: at(1 + i) }));

  it("keeps a training school's refunds apart from a ceramics factory's absconding", () => {
    const [c1, t1] = money;
    expect(cosine(messageVector(t1!.title, t1!.body), messageVector(c1!.title, c1!.body))).toBeGreaterThan(
      defaultGroupingOptions.threshold,
    );
    const events = groupBatch(money);
    expect(eventOf(events, 'c1').messageIds.sort()).toEqual(['c1', 'c2']);
    expect(eventOf(events, 't1').messageIds.sort()).toEqual(['t1', 't2']);
  });

  it('keeps the same complaint about two districts apart', () => {
    const homes = [
      {
        id: 'l1',
        title: '乐平市养老院服务问题反映',
        body: '养老院的伙食很差，收费却年年上涨，护理人员经常不在岗。',
      },
      {
        id: 'g1',
        title: '高新区养老院服务问题反映',
        body: '养老院的伙食很差，收费却年年上涨，护理人员经常不在岗。',
      },
      {
        id: 'l2',
        title: '乐平市养老院护理人员不在岗',
        body: '护理人员经常不在岗，老人没人照看，伙食也很差。',
      },
    ].map((m, i) => ({ ...m, createdAt: at(1 + i) }));
    const events = groupBatch(homes);
    expect(eventOf(events, 'l1').messageIds.sort()).toEqual(['l1', 'l2']);
    expect(eventOf(events, 'g1').messageIds).toEqual(['g1']);
  });

  it('joins the ways one matter is written (搅拌站 and 搅拌厂, a compound with and without 小区)', () => {
    const noise = [
      {
        id: 'n1',
        title: '丽景新城小区旁建搅拌站噪音扰民',
        body: '小区旁边新建的搅拌站每天夜里施工，噪音和粉尘很大，老人孩子晚上睡不着觉，窗户都不敢开。',
      },
      {
        id: 'n2',
        title: '丽景新城附近修建搅拌厂噪音扰民严重影响睡眠',
        body: '附近的搅拌厂整夜作业，罐车进进出出，噪音吵得人睡不着，灰尘落满阳台。',
      },
      { id: 'n3', title: '实验小学学位不足', body: '学区内孩子无法入学。' },
    ].map((m, i) => ({ ...m, createdAt: at(1 + i) }));
    const events = groupBatch(noise);
    expect(eventOf(events, 'n1').messageIds.sort()).toEqual(['n1', 'n2']);
  });

  it("titles an event with its most representative message's title, not the first one's", () => {
    const outage = [
      { id: 'w1', title: '请问什么时候来水', body: '阳光花园停水，物业和水务公司都说不清楚。' },
      { id: 'w2', title: '阳光花园突然停水', body: '阳光花园从昨天早上开始停水，到现在还没有恢复供水。' },
      { id: 'w3', title: '阳光花园停水超过一天', body: '阳光花园停水已经超过二十个小时，没有任何通知。' },
      { id: 'w4', title: '阳光花园停水太久了', body: '阳光花园停水，楼上楼下都在提着桶到外面接水。' },
    ].map((m, i) => ({ ...m, createdAt: at(1, 8 + i) }));
    const [event] = groupBatch(outage);
    expect(event!.messageIds).toHaveLength(4);
    expect(event!.title).not.toBe('请问什么时候来水');
    expect(event!.title).toMatch(/阳光花园.*停水/);
  });

  it('keeps two matters of one company apart: its unpaid wages are not its black smoke', () => {
    const company = [
      {
        id: 'a1',
        title: '景瓷陶瓷公司拖欠工人工资三个月',
        body: '我们在景瓷陶瓷公司上班，公司已经三个月没发工资，老板一直说资金周转困难，工人生活都成问题。',
      },
      {
        id: 'b1',
        title: '景瓷陶瓷公司夜间排放黑烟污染空气',
        body: '景瓷陶瓷公司的窑炉每天夜里排放黑烟，气味刺鼻，附近居民晚上不敢开窗，希望环保部门查处。',
      },
      {
        id: 'a2',
        title: '景瓷陶瓷公司拖欠工资至今未解决',
        body: '公司拖欠工资已经快四个月了，劳动监察部门来过一次也没有结果，工人们过年都回不了家。',
      },
      {
        id: 'b2',
        title: '景瓷陶瓷公司烟囱冒黑烟',
        body: '每天晚上十点以后烟囱冒黑烟，刺鼻的味道让人头痛，居民投诉多次没人管。',
      },
    ].map((m, i) => ({ ...m, createdAt: at(1 + i) }));
    const events = groupBatch(company);
    expect(eventOf(events, 'a1').messageIds.sort()).toEqual(['a1', 'a2']);
    expect(eventOf(events, 'b1').messageIds.sort()).toEqual(['b1', 'b2']);
  });

  it('keeps numbered schools apart and joins the short name of one (第十六中学, 十六中)', () => {
    const body = '每天早上七点学校门口接送车辆乱停，学生过马路很危险，希望交警安排人员疏导。';
    const schools = [
      { id: 's16', title: '第十六中学门口早高峰拥堵', body },
      { id: 's18', title: '第十八中学门口早高峰拥堵', body },
      { id: 's16b', title: '十六中门口接送车辆乱停', body: '早高峰学校门口车辆乱停，学生过马路很危险。' },
      {
        id: 'l3',
        title: '地铁3号线施工噪音扰民',
        body: '地铁施工每天夜里十二点以后还在打桩，噪音吵得人睡不着。',
      },
      {
        id: 'l7',
        title: '地铁7号线施工噪音扰民',
        body: '地铁施工每天夜里十二点以后还在打桩，噪音吵得人睡不着。',
      },
    ].map((m, i) => ({ ...m, createdAt: at(1 + i) }));
    const events = groupBatch(schools);
    expect(eventOf(events, 's16').messageIds.sort()).toEqual(['s16', 's16b']);
    expect(eventOf(events, 's18').messageIds).toEqual(['s18']);
    expect(eventOf(events, 'l3').messageIds).toEqual(['l3']);
  });

  it('groups a named matter that comes back months later (a college forcing internships, term after term)', () => {
    const college = [
      {
        id: 'r1',
        day: 1,
        title: '陶瓷职业学院强制学生外出实习',
        body: '学校要求我们到指定的工厂实习六个月，工作和专业不对口，不去就不给学分，不能毕业。',
      },
      {
        id: 'r2',
        day: 40,
        title: '陶瓷职业学院组织学生去电子厂实习',
        body: '学院安排学生去外省电子厂流水线实习，每天十二个小时，不去不给毕业证。',
      },
      {
        id: 'r3',
        day: 300,
        title: '陶瓷职业学院又强制学生寒假实习',
        body: '今年寒假学院又要求学生去工厂实习，不去就扣学分，家长都很担心。',
      },
    ].map(({ day, ...m }) => ({ ...m, createdAt: at(day) }));
    const events = groupBatch(college);
    expect(events).toHaveLength(1);
    expect(events[0]!.lastSeenAt.getTime() - events[0]!.firstSeenAt.getTime()).toBeGreaterThan(
      defaultGroupingOptions.windowDays * 86_400_000,
    );
  });

  it('joins an organisation written with and without its place (陶瓷工艺学院, 景德镇陶瓷工艺学院), not another one', () => {
    const college = [
      {
        id: 'x1',
        day: 1,
        title: '陶瓷工艺学院强制学生外出实习',
        body: '学校要求我们去指定的外省工厂实习半年，工作和专业不对口，不去就不给学分，不能毕业，学校跟企业签的合同我们都不知道。',
      },
      {
        id: 'x2',
        day: 3,
        title: '陶瓷工艺学院组织学生外出打工合理吗',
        body: '学院组织学生去外省电子厂流水线打工，每天上十二个小时夜班，说是自愿，不去的扣学分。',
      },
      {
        id: 'x3',
        day: 20,
        title: '景德镇陶瓷工艺学院寒假组织学生去工厂工作',
        body: '过年本该是家人团聚的时候，学院却安排学生寒假留在工厂上班，不去不给学分，家长们都很难过，学生是来求学的，不是廉价劳动力。',
      },
      {
        id: 'y1',
        day: 21,
        title: '景德镇财经学院食堂窗口太少',
        body: '学院食堂只开了十几个窗口，中午排队要半个小时，有些学生吃不上饭。',
      },
    ].map(({ day, ...m }) => ({ ...m, createdAt: at(day) }));
    expect(nameAlias('景德镇陶瓷工艺学院', (t) => t === '陶瓷工艺学院')).toBe('陶瓷工艺学院');
    // A generic ending is nobody's alias: 阳光养老院 is not every nursing home.
    expect(aliasCandidates('阳光养老院')).not.toContain('养老院');
    const events = groupBatch(college);
    expect(eventOf(events, 'x1').messageIds.sort()).toEqual(['x1', 'x2', 'x3']);
    expect(eventOf(events, 'y1').messageIds).toEqual(['y1']);
  });

  it('keeps two hospitals apart (市妇幼保健院 is not 市中医院) though both complain of parking', () => {
    const body = '医院门口停车位太少，车辆排队进停车场要一个多小时，病人和家属都很着急，希望增加停车位。';
    const hospitals = [
      { id: 'f1', title: '市妇幼保健院停车难', body },
      { id: 'z1', title: '市中医院停车难', body },
      { id: 'f2', title: '市妇幼保健院门口停车排长队', body: '带孩子看病停车要排一个小时队，停车位太少。' },
    ].map((m, i) => ({ ...m, createdAt: at(1 + i) }));
    const events = groupBatch(hospitals);
    expect(eventOf(events, 'f1').messageIds.sort()).toEqual(['f1', 'f2']);
    expect(eventOf(events, 'z1').messageIds).toEqual(['z1']);
  });
});
