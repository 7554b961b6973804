import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumAvailable, eventually, launchBrowser, loginThroughForm, startDesk } from '../e2e/harness';

/**
 * `npm run bench -- admin [--runs=5]`: builds the admin, prints the size of the JavaScript a first
 * visit loads (the entry and its modulepreloads; resources and dashboards are lazy chunks) raw and
 * brotli / gzip (the pre-compressed copies the server sends), then starts the desk as `npm start` does and times the first render of the message list
 * in Chromium, with a cold and a warm cache. Last line:
 * `admin initial js <KB> KB over the wire, first list render <ms> ms`.
 */
const adminDir = fileURLToPath(new URL('../../admin', import.meta.url));
const dist = join(adminDir, 'dist');
const arg = (args: string[], name: string, fallback: number) =>
  Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
/** Issue 13: a first visit loads at most this much JavaScript over the wire. */
const WIRE_BUDGET_KB = 300;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function build(): number {
  const started = performance.now();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: adminDir, stdio: 'inherit' });
  return performance.now() - started;
}

/** The scripts index.html makes the browser fetch before anything renders. */
function initialScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs)].map((ref) => join(dist, ref.replace(/^\//, '')));
}

/** Raw size, and what goes over the wire: the build's brotli copy (as served), gzip for comparison. */
function sizes(files: string[]) {
  let raw = 0;
  let gzip = 0;
  let wire = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gzip += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(content).length;
    wire += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : content.length;
  }
  return { raw, gzip, wire };
}

function reportBundle() {
  const initial = initialScripts();
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dist, 'assets', f));
  const first = sizes(initial);
  const total = sizes(all);
  const largest = all
    .map((f) => ({ f, n: readFileSync(f).length }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 3)
    .map(({ f, n }) => `${f.split('/').pop()} ${kb(n)} KB`);
  console.log(
    `admin initial JS: ${initial.length} files, ${kb(first.raw)} KB raw, ${kb(first.gzip)} KB gzip, ${kb(first.wire)} KB brotli (over the wire, budget ${WIRE_BUDGET_KB} KB)`,
  );
  console.log(
    `admin all JS: ${all.length} chunks, ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzip, ${kb(total.wire)} KB brotli`,
  );
  console.log(`admin largest lazy chunks: ${largest.join(', ')}`);
  return first.wire;
}

/** Navigation start → first row of the list on screen, as the browser measures it. */
async function timeListRender(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.locator('.RaDatagrid-row, table tbody tr').first().waitFor({ timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

export async function run(args: string[]) {
  const runs = arg(args, 'runs', 5);
  console.log(`admin build: ${(build() / 1000).toFixed(2)} s`);
  const wire = reportBundle();
  if (!chromiumAvailable()) {
    console.log('admin first list render: skipped (no Chromium at /usr/bin/chromium)');
    console.log(`admin initial js ${kb(wire)} KB over the wire, first list render n/a ms`);
    return;
  }
  const desk = await startDesk();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await loginThroughForm(page, desk.url, 'duty');
    // The demo feed fills the list within seconds of a fresh start; wait for a first message.
    await eventually(
      'a first message',
      async () => {
        const res = await page.request.get(`${desk.url}/api/messages?range=[0,0]`);
        return ((await res.json()) as unknown[]).length > 0 ? true : undefined;
      },
      120_000,
      1_000,
    );
    // A changed query string forces a full page load (a hash change alone would not).
    const url = (tag: string) => `${desk.url}/?${tag}#/messages`;
    const cdp = await browser.context.newCDPSession(page);
    const cold: number[] = [];
    const warm: number[] = [];
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    for (let i = 0; i < runs; i++) cold.push(await timeListRender(page, url(`cold=${i}`)));
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await timeListRender(page, url('prime'));
    for (let i = 0; i < runs; i++) warm.push(await timeListRender(page, url(`warm=${i}`)));
    const fmt = (xs: number[]) => xs.map((x) => Math.round(x)).join(' / ');
    console.log(`admin first list render, cold cache: median ${Math.round(median(cold))} ms (${fmt(cold)})`);
    console.log(`admin first list render, warm cache: median ${Math.round(median(warm))} ms (${fmt(warm)})`);
    console.log(
      `admin initial js ${kb(wire)} KB over the wire, first list render ${Math.round(median(cold))} ms`,
    );
  } finally {
    await browser.close();
    await desk.stop();
  }
}
