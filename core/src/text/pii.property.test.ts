import { disguisedPii, revealsSecret, sentenceWith } from '@desk/tests/support';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskContact, maskDeep, maskPii } from './pii';

describe('maskPii against generated disguises', () => {
  it('never leaves a disguised number or address readable in a sentence', () => {
    fc.assert(
      fc.property(
        disguisedPii.chain((pii) => sentenceWith(pii).map((text) => ({ pii, text }))),
        ({ pii, text }) => {
          const { text: masked, found } = maskPii(text);
          expect(revealsSecret(masked, pii), `${JSON.stringify(text)} → ${JSON.stringify(masked)}`).toBe(
            false,
          );
          expect(found.map((f) => f.kind)).toContain(pii.kind);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('finds every one of several numbers and addresses in one text', () => {
    fc.assert(
      fc.property(fc.array(disguisedPii, { minLength: 2, maxLength: 5 }), (all) => {
        const text = all.map((p) => `联系方式：${p.written}。`).join('另外');
        const masked = maskPii(text).text;
        for (const pii of all) expect(revealsSecret(masked, pii), masked).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing when it masks its own output again', () => {
    fc.assert(
      fc.property(disguisedPii.chain(sentenceWith), (text) => {
        const once = maskPii(text).text;
        expect(maskPii(once).text).toBe(once);
      }),
      { numRuns: 1_000 },
    );
  });

  it('masks every string inside nested audit details', () => {
    fc.assert(
      fc.property(disguisedPii, (pii) => {
        const details = { title: `电话${pii.written}`, nested: [{ note: pii.written }], count: 3 };
        const masked = JSON.stringify(maskDeep(details));
        expect(revealsSecret(masked.replace(/"count":3/, ''), pii), masked).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('masks contact fields whatever disguise they carry', () => {
    fc.assert(
      fc.property(disguisedPii, (pii) => {
        const field = pii.kind === 'email' ? 'email' : pii.kind === 'id-card' ? 'idNumber' : 'phone';
        const masked = maskContact({ [field]: pii.written, address: `珠山区新厂路${pii.written}号` });
        expect(revealsSecret(JSON.stringify(masked), pii), JSON.stringify(masked)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
