import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './url';

describe('canonicalUrl', () => {
  it('strips tracking parameters and the fragment and sorts what is left', () => {
    expect(
      canonicalUrl('HTTP://BBS.Example.CN:80/t/1?utm_source=wx&b=2&spm=a.b&a=1&from=timeline#reply'),
    ).toBe('http://bbs.example.cn/t/1?a=1&b=2');
  });

  it('gives the same form for links that differ only in tracking', () => {
    const a = canonicalUrl('https://www.jdz.gov.cn/msg/88?id=5&isappinstalled=0');
    const b = canonicalUrl('https://www.jdz.gov.cn/msg/88?utm_medium=share&id=5');
    expect(a).toBe(b);
  });

  it('resolves relative links against a base and refuses other schemes', () => {
    expect(canonicalUrl('/a?x=1', 'https://example.cn/feed.xml')).toBe('https://example.cn/a?x=1');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
  });
});
