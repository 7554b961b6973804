import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody } from './decode';

const text = '<?xml version="1.0"?><rss><channel><title>景德镇市民留言：珠山区停水</title></channel></rss>';

describe('decodeBody', () => {
  it('reads the charset of the HTTP header, mapping GB2312/GBK to GB18030', () => {
    const bytes = iconv.encode(text, 'gbk');
    expect(decodeBody(bytes, { contentType: 'text/xml; charset=GB2312' })).toEqual({
      text,
      encoding: 'gb18030',
    });
  });

  it('reads the XML declaration, then an HTML meta tag', () => {
    const xml = text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="GBK"?>');
    expect(decodeBody(iconv.encode(xml, 'gbk')).text).toBe(xml);
    const html = '<html><head><meta charset="big5"></head><body>臺灣繁體</body></html>';
    expect(decodeBody(iconv.encode(html, 'big5'))).toEqual({ text: html, encoding: 'big5' });
  });

  it('detects the encoding when nothing declares one', () => {
    const long = `${'<p>市民反映珠山区新村街道阳光花园小区连续停水三天，希望自来水公司尽快抢修。</p>'.repeat(10)}`;
    expect(decodeBody(iconv.encode(long, 'gb18030')).text).toBe(long);
    expect(decodeBody(Buffer.from(long)).encoding).toBe('utf-8');
  });

  it('lets the source setting override a page that declares the wrong encoding', () => {
    const bytes = iconv.encode(text, 'gbk');
    expect(() => decodeBody(bytes, { contentType: 'text/xml; charset=utf-8' })).toThrow(/not valid UTF-8/);
    expect(decodeBody(bytes, { contentType: 'text/xml; charset=utf-8', override: 'gbk' }).text).toBe(text);
  });

  it('refuses UTF-8 content declared as GBK, and unknown encodings, instead of storing mojibake', () => {
    expect(() => decodeBody(Buffer.from(text), { contentType: 'text/xml; charset=gbk' })).toThrow(
      /content is UTF-8/,
    );
    expect(() => decodeBody(Buffer.from(text), { contentType: 'text/xml; charset=klingon' })).toThrow(
      /unsupported/,
    );
  });

  it('honours a byte order mark', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeBody(bom, { contentType: 'text/xml; charset=gbk' }).encoding).toBe('utf-8');
  });
});
