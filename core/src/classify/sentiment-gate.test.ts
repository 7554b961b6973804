import { describe, expect, it } from 'vitest';
import { compareWithDefault, MIN_CONFIRMED_EXAMPLES } from './sentiment-gate';

/** Product reviews: the kind of corpus an administrator might upload first. */
const reviews = [
  ...[
    '物流很快包装完好很满意',
    '质量不错下次还买',
    '客服态度热情',
    '性价比高推荐购买',
    '衣服合身颜色好看',
    '味道很好孩子喜欢',
  ],
  ...[
    '收到就坏了太差了',
    '质量很差不推荐',
    '客服不理人',
    '发货太慢等了半个月',
    '尺码不对退货麻烦',
    '味道难吃不新鲜',
  ],
].map((title, i) => ({ title, label: i < 6 ? '正面' : '负面' }));

/** Messages to the city with the labels the duty officers gave them on the desk. */
const confirmed = [
  ['小区门口垃圾站臭气熏天多次反映无人管', '负面'],
  ['工地夜间施工噪音扰民严重影响休息', '负面'],
  ['公司拖欠工资三个月讨薪无门', '负面'],
  ['物业乱收停车费业主投诉没人理', '负面'],
  ['路灯坏了半个月至今没有修好', '负面'],
  ['学校强制学生购买教辅资料', '负面'],
  ['医院挂号难排队三小时', '负面'],
  ['楼上漏水物业推诿不处理', '负面'],
  ['燃气公司开户费过高不合理', '负面'],
  ['出租车拒载还乱要价', '负面'],
  ['咨询公积金提取需要哪些材料', '中性'],
  ['请问新生儿医保怎么办理', '中性'],
  ['建议在公园增设公共厕所', '中性'],
  ['请问居住证到期如何续签', '中性'],
  ['咨询退休人员医保异地备案流程', '中性'],
  ['建议地铁延长末班车时间', '中性'],
  ['请问小学入学需要准备什么材料', '中性'],
  ['咨询灵活就业人员社保缴费标准', '中性'],
  ['感谢社区网格员帮我们解决了停水问题', '正面'],
  ['为城管部门高效整治夜市噪音点赞', '正面'],
  ['感谢派出所民警帮忙找回走失老人', '正面'],
  ['表扬政务大厅窗口工作人员热情周到', '正面'],
].map(([title, label]) => ({ title: title!, label: label! }));

describe('activating a trained sentiment model', () => {
  it('refuses a candidate that does worse than the default on the officer-confirmed examples', () => {
    expect(confirmed.length).toBeGreaterThanOrEqual(MIN_CONFIRMED_EXAMPLES);
    const decision = compareWithDefault(reviews, confirmed);
    expect(decision).toMatchObject({ activate: false, reason: 'not-better-than-default', confirmed: 22 });
    expect(decision.candidate!.macroF1).toBeLessThan(decision.default!.macroF1);
  }, 120_000);

  it('keeps the default when too few examples were confirmed to judge', () => {
    expect(compareWithDefault(reviews, confirmed.slice(0, 5))).toMatchObject({
      activate: false,
      reason: 'too-few-confirmed-examples',
      confirmed: 5,
    });
  });
});
