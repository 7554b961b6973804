import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeTitle, toHalfWidth } from './normalize';

describe('normalize', () => {
  it('turns full-width letters and digits half-width but keeps Chinese punctuation', () => {
    expect(toHalfWidth('电话：１３９１２３４５６７８，ＡＢＣ＠ｑｑ．ｃｏｍ！')).toBe(
      '电话：13912345678，ABC@qq.com！',
    );
  });

  it('removes invisible characters and collapses whitespace and blank lines', () => {
    expect(normalizeText('  小区\u200b停水\t\t三天\r\n\r\n\r\n\r\n请　尽快  处理 ')).toBe(
      '小区停水 三天\n\n请 尽快 处理',
    );
  });

  it('puts a title on one line', () => {
    expect(normalizeTitle('关于\n珠山区\n  路灯不亮')).toBe('关于 珠山区 路灯不亮');
  });
});
