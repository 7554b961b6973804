import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from './document';

/** CJK sans-serif faces in the order a reader's machine most likely has them. */
export const chartFontFamily =
  "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', SimHei, sans-serif";

const WIDTH = 640;
const INK = '#1f2937';
const GRID = '#e5e7eb';
const BAR = '#2f5597';
const MUTED = '#9ca3af';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Integer axis steps of 1, 2 or 5 × 10ⁿ, at most five of them: never "0 0 0.1 0.1". */
export function axisTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(rough, 1)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(t);
  return ticks;
}

const text = (x: number, y: number, content: string, attrs = '') =>
  `<text x="${x}" y="${y}" ${attrs}>${escapeXml(content)}</text>`;

function columns(spec: ChartSpec): { svg: string; height: number } {
  const height = 260;
  const left = 48;
  const top = 36;
  const bottom = 40;
  const plotH = height - top - bottom;
  const plotW = WIDTH - left - 16;
  const ticks = axisTicks(Math.max(0, ...spec.points.map((p) => p.value)));
  const top0 = ticks.at(-1)!;
  const y = (v: number) => top + plotH - (v / top0) * plotH;
  const slot = plotW / Math.max(1, spec.points.length);
  const barW = Math.min(48, slot * 0.6);
  const parts = ticks.map(
    (t) =>
      `<line x1="${left}" x2="${left + plotW}" y1="${y(t)}" y2="${y(t)}" stroke="${GRID}"/>` +
      text(left - 6, y(t) + 4, String(t), 'text-anchor="end" font-size="11"'),
  );
  spec.points.forEach((p, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    parts.push(
      `<rect x="${x}" y="${y(p.value)}" width="${barW}" height="${y(0) - y(p.value)}" fill="${p.muted ? MUTED : BAR}"/>`,
      text(x + barW / 2, y(p.value) - 4, String(p.value), 'text-anchor="middle" font-size="11"'),
      text(x + barW / 2, height - bottom + 16, p.label, 'text-anchor="middle" font-size="11"'),
    );
  });
  return { svg: parts.join(''), height };
}

function bars(spec: ChartSpec): { svg: string; height: number } {
  const row = 26;
  const top = 36;
  const labelW = 150;
  const height = top + Math.max(1, spec.points.length) * row + 12;
  const max = Math.max(1, ...spec.points.map((p) => p.value));
  const plotW = WIDTH - labelW - 60;
  const parts = spec.points.map((p, i) => {
    const y = top + i * row;
    const w = Math.max(1, (p.value / max) * plotW);
    return (
      text(labelW - 8, y + 16, p.label, 'text-anchor="end" font-size="12"') +
      `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${row - 10}" fill="${p.muted ? MUTED : BAR}"/>` +
      text(labelW + w + 6, y + 16, `${p.value}`, 'font-size="12"')
    );
  });
  return { svg: parts.join(''), height };
}

/** The chart as a standalone SVG document (the HTML preview inlines it; Word gets it as PNG). */
export function chartSvg(spec: ChartSpec): string {
  const body = spec.kind === 'columns' ? columns(spec) : bars(spec);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${body.height}" viewBox="0 0 ${WIDTH} ${body.height}" font-family="${escapeXml(chartFontFamily)}" fill="${INK}" role="img" aria-label="${escapeXml(spec.title)}">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    text(
      WIDTH / 2,
      20,
      `${spec.title}（单位：${spec.unit}）`,
      'text-anchor="middle" font-size="14" font-weight="bold"',
    ) +
    body.svg +
    '</svg>'
  );
}

/** Rendered at twice the size so it stays sharp when printed. */
export function chartPng(spec: ChartSpec): { png: Buffer; width: number; height: number } {
  const svg = chartSvg(spec);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Micro Hei' },
  }).render();
  return { png: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2 };
}
