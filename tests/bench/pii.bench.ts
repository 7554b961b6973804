import { maskPii } from '@desk/core/pii';
import { createGenerator } from '@desk/ingest';

/**
 * `npm run bench -- pii [--n=20000]`: masking throughput on generated messages (title + body, about one
 * in five with a phone number, 身份证 or e-mail), beside a raw baseline: one plain mobile-number regex
 * replace over the same texts, the least any masking must do.
 */
const RAW_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

function rate(texts: string[], mask: (s: string) => string): number {
  const started = performance.now();
  for (const text of texts) mask(text);
  return texts.length / ((performance.now() - started) / 1000);
}

export async function run(args: string[]): Promise<void> {
  const n = Number(args.find((a) => a.startsWith('--n='))?.split('=')[1] ?? 20_000);
  const generator = createGenerator({ seed: 7 });
  const texts = Array.from({ length: n }, () => {
    const m = generator.message();
    return `${m.title}\n${m.body}`;
  });
  const withPii = texts.filter((t) => maskPii(t).found.length > 0).length;
  console.log(`pii: ${n} generated messages, ${withPii} with personal data`);
  for (let round = 1; round <= 3; round++) {
    const raw = rate(texts, (s) => s.replace(RAW_MOBILE, '***'));
    const masked = rate(texts, (s) => maskPii(s).text);
    console.log(
      `  round ${round}: maskPii ${Math.round(masked)} msg/s · raw regex ${Math.round(raw)} msg/s · ratio ${(masked / raw).toFixed(2)}`,
    );
  }
}
