import { describe, expect, it } from 'vitest';
import { extractTerms, textTerms } from './keywords';

const words = (text: string, top = 8) => extractTerms(text, top).map((t) => t.word);

describe('keywords', () => {
  it('leaves out the filler of messages to the government', () => {
    const text =
      '尊敬的领导您好！听说小区停水的问题社区都说会解决，到现在谁来管？希望有关部门尽快处理，盼复！' +
      '湖田花园从前天开始停水，居民只能去外面提水。';
    const found = words(text, 12);
    expect(found).toEqual(expect.arrayContaining(['停水', '湖田花园']));
    for (const filler of ['都说会', '盼复', '谁来管', '解决', '听说', '领导', '希望', '有关部门', '居民'])
      expect(found).not.toContain(filler);
  });

  it('keeps roads, compounds and organisations whole instead of cutting them into fragments', () => {
    expect(words('沿江东路和广场北路交叉口的红绿灯坏了三天')).toEqual(
      expect.arrayContaining(['沿江东路', '广场北路', '红绿灯']),
    );
    const found = words('某培训机构卷款跑路，家长预交的学费退费无门');
    expect(found).toEqual(expect.arrayContaining(['培训机构', '退费']));
    expect(found).not.toContain('机构');
  });

  it('joins the names the city dictionary does not know from their parts', () => {
    expect(words('金桂苑滨江小区旁建沥青搅拌站，夜间施工噪音扰民')).toContain('金桂苑滨江');
    expect(words('请问B市楚南职业技术学院什么时候发放助学金')).toContain('楚南职业技术学院');
    expect(words('东湖西路与建新北路交汇处积水严重')).toEqual(
      expect.arrayContaining(['东湖西路', '建新北路']),
    );
  });

  it('cuts out anonymised divisions so no fragment like 区丽发 or 县负 becomes a keyword', () => {
    const found = words('投诉B2区金桂新城附近修建沥青站，K7县负一楼车库漏水，B市伊水园小区停电');
    expect(found).toEqual(expect.arrayContaining(['金桂新城', '沥青站']));
    for (const word of found) expect(word).not.toMatch(/^[区县市省]|^[A-Za-z]\d*[区县市]$/);
  });

  it('makes districts the region, not keywords, and places and organisations their own kind', () => {
    const terms = textTerms('珠山区新厂街道凤凰城小区对面的陶瓷厂排放黑烟');
    const kind = (word: string) => terms.find((t) => t.word === word)?.kind;
    expect(kind('珠山区')).toBe('division');
    expect(kind('新厂街道')).toBe('place');
    expect(kind('凤凰城')).toBe('place');
    expect(kind('陶瓷厂')).toBe('entity');
    expect(extractTerms('珠山区新厂街道凤凰城小区对面的陶瓷厂排放黑烟').map((t) => t.word)).not.toContain(
      '珠山区',
    );
  });

  it('keeps specific verbs of a matter and drops everyday ones', () => {
    const found = words('楼道里燃气漏气，物业说会处理，可是一直没有处理，这两天又停电了', 10);
    expect(found).toEqual(expect.arrayContaining(['漏气', '停电', '燃气']));
    expect(found).not.toContain('处理');
  });

  it('keeps numbered names whole: metro lines and schools by their number', () => {
    expect(words('地铁3号线施工噪音扰民，第十六中学门口也受影响')).toEqual(
      expect.arrayContaining(['3号线', '第十六中学']),
    );
    expect(words('三中全会精神学习')).not.toContain('三中');
  });

  it('drops verb phrases jieba guessed as words (多收, 不全) and keeps a hospital written with 院 whole', () => {
    const found = words('物业多收电费，办证资料不全无法办理，市妇幼保健院排队太久', 12);
    expect(found).toEqual(expect.arrayContaining(['电费', '妇幼保健院']));
    for (const filler of ['多收', '不全', '无法', '妇幼保健']) expect(found).not.toContain(filler);
    const terms = textTerms('市妇幼保健院和市中医院');
    expect(terms.find((t) => t.word === '妇幼保健院')?.kind).toBe('entity');
  });

  it('keeps the terms of financial fraud whole (58车贷案 is 车贷, not 贷案)', () => {
    expect(words('承办58车贷案的警官应跟进')).toContain('车贷');
    expect(words('承办58车贷案的警官应跟进')).not.toContain('贷案');
    expect(words('大学生陷入校园贷和套路贷')).toEqual(expect.arrayContaining(['校园贷', '套路贷']));
  });
});
