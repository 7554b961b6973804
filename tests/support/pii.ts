import fc from 'fast-check';

/**
 * Personal data as citizens and careless staff write it, disguised the ways masking must see through:
 * full-width characters, separators, zero-width characters, +86 / 0086, e-mail with ＠ or "at".
 * `secret` is what must never come back (checked by `revealsSecret` after undoing the disguises).
 */
export interface DisguisedPii {
  kind: 'mobile' | 'landline' | 'id-card' | 'email';
  written: string;
  secret: string;
}

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

const fullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** One disguise applied to a run of digits (already split into the groups people write). */
const disguiseDigits = (groups: string[]) =>
  fc
    .record({
      sep: fc.constantFrom('', ' ', '-', '.', ' - ', '\u3000', '－', '·'),
      everyDigit: fc.boolean(),
      wide: fc.constantFrom('none', 'all', 'some'),
      invisible: fc.subarray(ZERO_WIDTH, { maxLength: 2 }),
      seed: fc.integer({ min: 0, max: 1_000 }),
    })
    .map(({ sep, everyDigit, wide, invisible, seed }) => {
      const parts = everyDigit && sep ? [...groups.join('')] : groups;
      let text = parts.join(sep);
      if (wide === 'all') text = fullWidth(text);
      if (wide === 'some') text = [...text].map((ch, i) => ((i + seed) % 2 ? fullWidth(ch) : ch)).join('');
      for (const [i, zw] of invisible.entries()) {
        const at = 1 + ((seed * (i + 7)) % Math.max(text.length - 1, 1));
        text = text.slice(0, at) + zw + text.slice(at);
      }
      return text;
    });

const mobile = fc
  .tuple(
    fc.constantFrom(...'3456789'),
    digits(9),
    fc.constantFrom('', '+86 ', '+86-', '0086 ', '(+86)', '＋８６'),
  )
  .chain(([second, rest, prefix]) => {
    const number = `1${second}${rest}`;
    return disguiseDigits([number.slice(0, 3), number.slice(3, 7), number.slice(7)]).map(
      (written): DisguisedPii => ({ kind: 'mobile', written: prefix + written, secret: number }),
    );
  });

const landline = fc
  .tuple(digits(3), fc.constantFrom(...'23456789'), digits(6), fc.boolean())
  .chain(([area, first, rest, paren]) => {
    const local = `${first}${rest}`;
    return disguiseDigits([local.slice(0, 3), local.slice(3)]).map(
      (written): DisguisedPii => ({
        kind: 'landline',
        written: paren ? `（0${area}）${written}` : `0${area}-${written}`,
        secret: `0${area}${local}`,
      }),
    );
  });

const birthDate = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2015-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));

const idCard = fc
  .tuple(fc.constantFrom(...'123456789'), digits(5), birthDate, digits(3), fc.constantFrom(...'0123456789Xx'))
  .chain(([first, area, born, order, check]) => {
    const number = `${first}${area}${born}${order}${check}`;
    return disguiseDigits([number.slice(0, 6), number.slice(6, 14), number.slice(14)]).map(
      (written): DisguisedPii => ({ kind: 'id-card', written, secret: number.toUpperCase() }),
    );
  });

const word = (min: number) => fc.stringMatching(new RegExp(`^[a-z][a-z0-9]{${min - 1},9}$`));
const email = fc
  .tuple(
    word(4),
    word(2),
    fc.constantFrom('com', 'cn', 'net', 'org'),
    fc.constantFrom('@', '＠', ' at ', '(at)', ' (at) ', '[at]', ' AT '),
    fc.constantFrom('.', '．', ' dot ', '(dot)', '.'),
  )
  .map(
    ([local, host, tld, at, dot]): DisguisedPii => ({
      kind: 'email',
      written: `${local}${at}${host}${dot}${tld}`,
      secret: local,
    }),
  );

export const disguisedPii: fc.Arbitrary<DisguisedPii> = fc.oneof(mobile, landline, idCard, email);

const BEFORE = ['联系电话', '我的手机是', '请拨打', '身份证号码', '邮箱：', '反映人：', '电话：'];
const AFTER = ['，谢谢。', '。', '，请尽快处理！', '（工作日可接听）', ''];

/** A sentence a citizen might write around the personal data (no digit touches it). */
export const sentenceWith = (pii: DisguisedPii) =>
  fc.tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...AFTER)).map(([b, a]) => `${b}${pii.written}${a}`);

/** Undo every disguise (width, invisible characters, separators, brackets), then look for the secret. */
export function revealsSecret(text: string, pii: Pick<DisguisedPii, 'kind' | 'secret'>): boolean {
  const plain = text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/g, '');
  if (pii.kind === 'email') return plain.toLowerCase().includes(pii.secret.toLowerCase());
  return plain
    .replace(/[\s.\-·()（）+]/g, '')
    .toUpperCase()
    .includes(pii.secret);
}
