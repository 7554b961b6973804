import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  cleanText,
  dateTime,
  feedDateTime,
  feedText,
  IdParam,
  id,
  intText,
  isCleanText,
  isoDateTime,
  localDate,
  parseDateTime,
  text,
} from './fields';
import { updateOf } from './update';

const fails = (schema: z.ZodType, value: unknown) => !schema.safeParse(value).success;

describe('id building blocks', () => {
  it('accepts positive 32-bit integers and refuses everything the database cannot store', () => {
    expect(id().parse(1)).toBe(1);
    expect(id().parse(2_147_483_647)).toBe(2_147_483_647);
    for (const bad of [0, -1, 2_147_483_648, 1.5, Number.POSITIVE_INFINITY, Number.NaN, '7', null, [1]])
      expect(fails(id(), bad), String(bad)).toBe(true);
  });

  it('reads path ids as plain digits only', () => {
    expect(IdParam.parse({ id: '42' })).toEqual({ id: 42 });
    for (const bad of ['2147483648', '0', '-1', '1e3', '0x10', ' 7', '7 ', '07', '', '1.0', '99999999999'])
      expect(fails(IdParam, { id: bad }), bad).toBe(true);
  });

  it('reads query integers within their bounds', () => {
    expect(intText(1, 366).parse('30')).toBe(30);
    for (const bad of ['0', '367', '1e400', 'Infinity', '3.5', ''])
      expect(fails(intText(1, 366), bad), bad).toBe(true);
  });
});

describe('text building blocks', () => {
  it('refuses NUL and unpaired surrogates and names the field', () => {
    const schema = z.object({ title: text(200, { min: 1 }) });
    for (const bad of ['a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800']) {
      const result = schema.safeParse({ title: bad });
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['title']);
    }
    expect(schema.parse({ title: '  市民热线 😀 ' })).toEqual({ title: '市民热线 😀' });
  });

  it('keeps passwords as typed when asked not to trim', () => {
    expect(text(64, { trim: false }).parse(' pass word ')).toBe(' pass word ');
  });

  it('cleans feed text instead of refusing it', () => {
    expect(feedText(100).parse('标题\u0000\ud800尾')).toBe('标题\ufffd尾');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (raw) => {
        expect(isCleanText(cleanText(raw))).toBe(true);
        if (isCleanText(raw)) expect(cleanText(raw)).toBe(raw);
      }),
    );
  });
});

describe('date-time building blocks', () => {
  it('accepts ISO text inside 1970–2100 and reads a time without offset as Beijing time', () => {
    expect(dateTime().parse('2026-03-02T09:00:00+08:00').toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(dateTime().parse('2026-03-02T09:00').toISOString()).toBe('2026-03-02T01:00:00.000Z');
    expect(dateTime().parse('2026-03-02').toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(isoDateTime().parse('2026-03-02T01:00:00.5Z')).toBe('2026-03-02T01:00:00.500Z');
  });

  it('refuses numbers, arrays, nested arrays, impossible dates and dates outside the window', () => {
    let deep: unknown = '2001';
    for (let i = 0; i < 3000; i++) deep = [deep];
    const bad = [
      deep,
      ['2001'],
      978307200000,
      '9999-12-31T20:00:00Z',
      '-200000-01-01',
      '99999-01-01',
      '2024-13-01',
      '2024-02-30',
      '2024-02-01T24:00:00Z',
      '1969-12-31T00:00:00Z',
      'next tuesday',
      '',
    ];
    for (const value of bad) expect(fails(dateTime(), value), String(value).slice(0, 20)).toBe(true);
    const issue = dateTime().safeParse('9999-12-31T20:00:00Z').error?.issues[0]?.message;
    expect(issue).toContain('1970');
  });

  it('never returns an instant outside the window for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        ),
        (value) => {
          const ms = parseDateTime(value)?.getTime();
          if (ms === undefined) return;
          expect(ms).toBeGreaterThanOrEqual(Date.parse('1970-01-01T00:00:00+08:00'));
          expect(ms).toBeLessThanOrEqual(Date.parse('2100-12-31T23:59:59.999+08:00'));
        },
      ),
    );
  });

  it('ignores a feed date it cannot use instead of refusing the item', () => {
    expect(feedDateTime().parse('Mon, 02 Mar 2026 09:00:00 +0800')).toBe('2026-03-02T01:00:00.000Z');
    expect(feedDateTime().parse('9999-12-31T20:00:00Z')).toBeUndefined();
    expect(feedDateTime().parse([['2001']])).toBeUndefined();
  });

  it('accepts only real local dates inside the window', () => {
    expect(localDate().parse('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2024-13-01', '2023-02-29', '99999-01-01', '2024-1-1', '2101-01-01'])
      expect(fails(localDate(), bad), bad).toBe(true);
  });
});

describe('update schemas', () => {
  const Create = z.object({
    name: text(32, { min: 1 }),
    keywords: z.array(text(32)).default([]),
    active: z.boolean().default(true),
  });
  const Update = updateOf(Create);

  it('leaves out every field the body does not send, defaults included', () => {
    expect(Update.parse({})).toEqual({});
    expect(Update.parse({ active: false })).toEqual({ active: false });
    expect(Update.parse({ id: 3, name: '交通', createdAt: 'x' })).toEqual({ name: '交通' });
  });

  it('still validates the fields it receives', () => {
    expect(fails(Update, { name: '' })).toBe(true);
    expect(fails(Update, { keywords: ['\u0000'] })).toBe(true);
  });
});
