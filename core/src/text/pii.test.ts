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
