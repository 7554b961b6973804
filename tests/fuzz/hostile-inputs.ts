import fc from 'fast-check';

/**
 * What a hostile or careless client sends, as raw text (so values JSON.stringify cannot write, such as
 * `1e400` or a `__proto__` key, reach the server as they would over the wire). `alwaysBad` marks values
 * the desk must refuse wherever it reads them.
 */
export interface Fragment {
  raw: string;
  alwaysBad: boolean;
}

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const bad = (raw: string): Fragment => ({ raw, alwaysBad: true });
const odd = (raw: string): Fragment => ({ raw, alwaysBad: false });

/** One JSON value put in place of a field of a valid body. */
export const jsonFragments: Fragment[] = [
  bad('1e400'),
  bad('-1e400'),
  bad('"a\\u0000b"'),
  bad('"\\ud800"'),
  bad('"x\\udfff"'),
  bad('{"__proto__":{"admin":true}}'),
  bad(deep(3000)),
  bad(deep(40)),
  odd('2147483648'),
  odd('9007199254740993'),
  odd('-1'),
  odd('0'),
  odd('1.5'),
  odd('[2147483648]'),
  odd('[-1,0,2147483648]'),
  odd('"9999-12-31T20:00:00Z"'),
  odd('"-200000-01-01"'),
  odd('"+275760-09-13T00:00:00Z"'),
  odd('"2024-13-01"'),
  odd('"2024-02-30T25:61:00"'),
  odd('"99999-01-01"'),
  odd('978307200000'),
  odd('["2001-01-01"]'),
  odd('{"constructor":{"prototype":{"polluted":1}}}'),
  odd('["__proto__","ASC"]'),
  odd('"__proto__"'),
  odd('"constructor"'),
  odd('null'),
  odd('true'),
  odd('[]'),
  odd('{}'),
  odd('""'),
  odd('"   "'),
  odd(`"${'长'.repeat(21_000)}"`),
  odd('"１３６５５５４４４２"'),
  odd('"<script>alert(1)</script>"'),
  odd(`"' OR 1=1 --"`),
  odd('"NaN"'),
  odd('"Infinity"'),
];

/** A whole body in place of a valid one (sent with a JSON content type unless it says otherwise). */
export interface BodyShape {
  bytes: string | Uint8Array;
  contentType?: string | null;
  alwaysBad: boolean;
}
const utf8 = (s: string) => new TextEncoder().encode(s);
export const wholeBodies = (valid: string): BodyShape[] => [
  { bytes: '', alwaysBad: true },
  { bytes: '{', alwaysBad: true },
  { bytes: valid.slice(0, Math.max(1, Math.floor(valid.length / 2))), alwaysBad: true },
  { bytes: `${valid}}`, alwaysBad: true },
  { bytes: '1e400', alwaysBad: true },
  { bytes: deep(100_000), alwaysBad: true },
  { bytes: '{"__proto__":{"isAdmin":true}}', alwaysBad: true },
  { bytes: new Uint8Array([...utf8('{"name":"'), 0xe4, 0xbd, ...utf8('"}')]), alwaysBad: true },
  { bytes: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), alwaysBad: true },
  { bytes: new Uint8Array([...utf8('{"note":"'), 0xed, 0xa0, 0x80, ...utf8('"}')]), alwaysBad: true },
  { bytes: valid, contentType: 'text/plain', alwaysBad: true },
  { bytes: valid, contentType: 'application/json; charset=gbk', alwaysBad: true },
  { bytes: valid, contentType: null, alwaysBad: true },
  { bytes: `\ufeff${valid}`, alwaysBad: false },
  { bytes: '\ufeff{}', alwaysBad: false },
  { bytes: '{}', alwaysBad: false },
  { bytes: '[]', alwaysBad: false },
  { bytes: 'null', alwaysBad: false },
  { bytes: '"x"', alwaysBad: false },
  { bytes: '{"a":1,"a":2}', alwaysBad: false },
];

/** A path segment in place of an id or a name (already percent-encoded where it must be). */
export const pathSegments = [
  '2147483648',
  '9999999999999999999999',
  '0',
  '-1',
  '1e3',
  '0x10',
  '%207',
  '1.5',
  '__proto__',
  'constructor',
  '%00',
  '%ED%A0%80',
  '%FF',
  '%',
  '..%2F..%2Fetc%2Fpasswd',
  'null',
  'x'.repeat(300),
];

/** A query value (raw, percent-encoded where needed). */
const queryValues = [
  '2147483648',
  '-1',
  '0',
  '1e400',
  'NaN',
  '9999-12-31T00:00:00Z',
  '-200000-01-01',
  '99999-01-01',
  '2024-13-01',
  '2024-02-30',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%F0%9F',
  '%',
  '__proto__',
  '%5B1%5D',
  'x'.repeat(5000),
  '',
];
/** Values that must be refused in any query parameter: the input boundary checks every one. */
export const alwaysBadQuery = new Set(['%00', 'a%00b', '%ED%A0%80', '%F0%9F', '%']);

const listFields = [
  'id',
  'ids',
  'q',
  'status',
  'departmentId',
  'caseId',
  'userId',
  'sourceId',
  'eventId',
  'messageId',
  'createdFrom',
  'createdTo',
  'receivedFrom',
  'receivedTo',
  'from',
  'to',
  'date',
  'since',
  '__proto__',
  'constructor',
];
const filterValues = [
  '2147483648',
  '[2147483648]',
  '-1',
  '"-200000-01-01"',
  '"9999-12-31T23:59:59Z"',
  '"2024-13-01"',
  '"\\ud800"',
  '"a\\u0000b"',
  '1e400',
  '{"$ne":1}',
  deep(50),
  'true',
  'null',
  '"x"',
];

/** react-admin list parameters gone wrong. */
const listParams: fc.Arbitrary<[string, string]> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...listFields), fc.constantFrom(...filterValues))
    .map(([f, v]) => ['filter', encodeURIComponent(`{"${f}":${v}}`)] as [string, string]),
  fc
    .constantFrom('{', '[1]', '"x"', '{"__proto__":{"a":1}}', '1e400', 'null')
    .map((v) => ['filter', encodeURIComponent(v)] as [string, string]),
  fc
    .constantFrom(
      '["__proto__","ASC"]',
      '["constructor","DESC"]',
      '["toString","ASC"]',
      '["id; drop table users","ASC"]',
      '["id","SIDEWAYS"]',
      '[1,2]',
      '"id"',
      '["id"]',
    )
    .map((v) => ['sort', encodeURIComponent(v)] as [string, string]),
  fc
    .constantFrom('[0,1e400]', '[2147483648,2147483649]', '[-1,5]', '[5,1]', '[0,9007199254740993]', '[0]')
    .map((v) => ['range', encodeURIComponent(v)] as [string, string]),
);

/** One query parameter: a documented one with a hostile value, a list parameter, or an unknown one. */
export const queryParam = (documented: string[]): fc.Arbitrary<[string, string]> =>
  fc.oneof(
    documented.length
      ? fc.tuple(fc.constantFrom(...documented), fc.constantFrom(...queryValues))
      : fc.tuple(fc.constant('q'), fc.constantFrom(...queryValues)),
    listParams,
    fc.tuple(fc.constantFrom('__proto__', 'constructor', '%00', '%ED%A0%80'), fc.constantFrom('1', 'x')),
  );

/** Credentials in place of a valid session. */
export const badAuthorization = [
  'Bearer ds_nonexistent',
  'Bearer ',
  'Basic YWRtaW46ZGVzay1kZW1v',
  `Bearer ${'x'.repeat(5000)}`,
  'Bearer ds_%00',
];
