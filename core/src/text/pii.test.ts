import { describe, expect, it } from 'vitest';
import { maskName, maskPii, piiKinds } from './pii';

describe('maskPii', () => {
  it('masks mobile numbers, also written with separators or +86', () => {
    const { text, found } = maskPii('联系电话13912345678，或者 139-1234-5678，+86 13812345678');
    expect(text).toBe('联系电话139****5678，或者 139-****-5678，+86 138****5678');
    expect(found.map((f) => f.kind)).toEqual(['mobile', 'mobile', 'mobile']);
  });

  it('masks 身份证 numbers (18 digits with X, and 15 digits) before reading them as phone numbers', () => {
    const { text, found } = maskPii('身份证号36020319850612123X，老证号360203850612123');
    expect(text).toBe('身份证号360203********123X，老证号360203******123');
    expect(piiKinds(found)).toEqual(['id-card']);
  });

  it('masks landlines with an area code or after a phone word, and e-mail addresses', () => {
    const { text, found } = maskPii('座机0798-8221234，(0798)8225678，电话：8223456，邮箱zhangsan@163.com');
    expect(text).toBe('座机0798-82***34，(0798)82***78，电话：82***56，邮箱z***@163.com');
    expect(piiKinds(found)).toEqual(['landline', 'email']);
  });

  it('leaves hotline numbers, dates, amounts and order numbers alone', () => {
    const text = '2019年3月12日拨打12345热线，工单编号20190312001，罚款2000元，门牌88号';
    expect(maskPii(text)).toEqual({ text, found: [] });
  });

  it('masks a name to its first character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
});

describe('maskPii with disguised personal data', () => {
  const masks = (input: string, expected: string) => expect(maskPii(input).text).toBe(expected);

  it('masks mobile numbers written full-width', () => {
    masks('电话１３６５５５４４４４２，谢谢', '电话136****4442，谢谢');
  });

  it('masks mobile numbers split by dots, spaces, dashes or between every digit', () => {
    masks('手机136.5554.4442。', '手机136.****.4442。');
    masks('手机136 5554 4442。', '手机136 **** 4442。');
    masks('手机136 - 5554 - 4442。', '手机136 - **** - 4442。');
    masks('手机1 3 6 5 5 5 4 4 4 4 2。', '手机1 3 6 * * * * 4 4 4 2。');
  });

  it('masks numbers split by zero-width characters and drops the invisible characters', () => {
    masks('电话136\u200b5554\u200d4442', '电话136****4442');
    masks('电话1\u20603\u00ad6\ufeff55544442', '电话136****4442');
  });

  it('masks +86 and 0086 prefixes with the number', () => {
    masks('电话+86 136 5554 4442', '电话+86 136 **** 4442');
    masks('电话0086-13655544442', '电话0086-136****4442');
    masks('电话（+86）13655544442', '电话（+86）136****4442');
  });

  it('masks landlines with full-width brackets, spaces and +86', () => {
    masks('座机（０７９８）８２２ １２３４', '座机(0798)82* **34');
    masks('座机0798 822 1234', '座机0798 82* **34');
    masks('座机+86 798 8221234', '座机+86 798 82***34');
  });

  it('masks 身份证 numbers with X, x or a full-width Ｘ, also in groups', () => {
    masks('身份证36020319850612123x', '身份证360203********123x');
    masks('身份证３６０２０３１９８５０６１２１２３Ｘ', '身份证360203********123X');
    masks('身份证 360203 19850612 123X。', '身份证 360203 ******** 123X。');
  });

  it('masks e-mail written with ＠, at, (at) or [at] and dot', () => {
    masks('邮箱zhangsan＠163.com', '邮箱z***@163.com');
    masks('邮箱 zhangsan at 163 dot com 谢谢', '邮箱 z***@163.com 谢谢');
    masks('邮箱zhangsan(at)163.com', '邮箱z***@163.com');
    masks('邮箱zhangsan [AT] qq (dot) com。', '邮箱z***@qq.com。');
  });

  it('reports each disguised match as it was written', () => {
    const { found } = maskPii('电话１３６\u200b５５５４４４４２');
    expect(found).toEqual([{ kind: 'mobile', value: '１３６\u200b５５５４４４４２' }]);
  });

  it('leaves lists of figures, dates, times, prices and case codes alone', () => {
    const text =
      '水温13.5 14.2 15.8 16.1度；2024-03-08 12:00 到 2024-03-09 09:30；单价1.5元，共3 5 7 9户；工单GD0000123；at home';
    expect(maskPii(text)).toEqual({ text, found: [] });
  });

  it('changes nothing when masking masked text again', () => {
    const once = maskPii('电话１３６.５５５４.４４４２，身份证36020319850612123X，邮箱li(at)qq.com').text;
    expect(maskPii(once).text).toBe(once);
  });
});
