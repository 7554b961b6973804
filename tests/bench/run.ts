import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench -- <name>`: run tests/bench/<name>.bench.ts. Each benchmark prints its figures as text
 * (and ratios against a raw baseline measured in the same run); none asserts timings.
 */
const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (names.length === 0 || names.includes('--help')) {
  console.log(`usage: npm run bench -- <name> [...]\navailable: ${available.join(', ') || '(none yet)'}`);
  process.exit(names.length === 0 ? 1 : 0);
}
for (const name of names) {
  if (!available.includes(name)) {
    console.error(`unknown benchmark "${name}"; available: ${available.join(', ')}`);
    process.exit(1);
  }
}
for (const name of names) {
  const bench = (await import(`./${name}.bench.ts`)) as { run: (args: string[]) => Promise<void> };
  await bench.run(process.argv.slice(3));
}
process.exit(0);
