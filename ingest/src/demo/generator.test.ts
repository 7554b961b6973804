import { maskPii, minhash, segment, similarity, tagRegion } from '@desk/core/text';
import { describe, expect, it } from 'vitest';
import { createGenerator } from './generator';

describe('the Chinese message generator', () => {
  const messages = (seed: number, n: number, options = {}) => {
    const generator = createGenerator({ seed, ...options });
    return Array.from({ length: n }, () => generator.message(new Date(0)));
  };

  it('is reproducible per seed and varied within one', () => {
    expect(messages(3, 20)).toEqual(messages(3, 20));
    const bodies = messages(3, 500).map((m) => m.body);
    expect(new Set(bodies).size).toBe(500);
  });

  it("writes about the city's districts, in the seven topic areas, with some personal data to mask", () => {
    const sample = messages(4, 1_000);
    const tagged = sample.filter((m) => tagRegion(`${m.title}${m.body}`) === m.region);
    expect(tagged.length / sample.length).toBeGreaterThan(0.6);
    expect(new Set(sample.map((m) => m.topic)).size).toBe(7);
    const withPii = sample.filter((m) => maskPii(m.body).found.length > 0).length;
    expect(withPii / sample.length).toBeGreaterThan(0.1);
    expect(withPii / sample.length).toBeLessThan(0.3);
  });

  it('makes reposts near duplicates of their originals and bursts about one matter', () => {
    const sample = messages(5, 2_000, { repostRate: 0.05, burstRate: 0.02 });
    const byId = new Map(sample.map((m) => [m.externalId, m]));
    const reposts = sample.filter((m) => m.repostOf);
    expect(reposts.length).toBeGreaterThan(50);
    const fp = (text: string) => minhash(segment(text));
    for (const r of reposts.slice(0, 20)) {
      const of = byId.get(r.repostOf!)!;
      expect(similarity(fp(`${r.title}\n${r.body}`), fp(`${of.title}\n${of.body}`))).toBeGreaterThanOrEqual(
        0.8,
      );
    }
    const burstCounts = new Map<string, number>();
    for (const m of sample) if (m.burst) burstCounts.set(m.burst, (burstCounts.get(m.burst) ?? 0) + 1);
    expect(Math.max(...burstCounts.values())).toBeGreaterThanOrEqual(4);
  });

  it('writes portal inquiries of every type with a contact', () => {
    const generator = createGenerator({ seed: 6 });
    const inquiries = Array.from({ length: 200 }, () => generator.inquiry());
    expect(new Set(inquiries.map((q) => q.type)).size).toBe(6);
    expect(inquiries.every((q) => /^1\d{10}$/.test(q.contact.phone) && q.contact.name.length >= 2)).toBe(
      true,
    );
  });
});
