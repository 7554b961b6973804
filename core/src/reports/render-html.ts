import { chartSvg } from './charts';
import type { ReportBlock, ReportDocument } from './document';
import { cssFamily, officialFonts, officialSizes } from './fonts';

const escapeHtml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const style = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: ${cssFamily(officialFonts.pageNumber, 'serif')}; font-size: ${officialSizes.pageNumber}pt; } }
body { margin: 0; background: #f3f4f6; color: #111; }
main { max-width: 156mm; margin: 16px auto; padding: 24mm 20mm; background: #fff; box-shadow: 0 1px 4px #0002;
  font-family: ${cssFamily(officialFonts.body, 'serif')}; font-size: ${officialSizes.body}pt; line-height: 28pt; }
.masthead { color: #c00; text-align: center; font-family: ${cssFamily(officialFonts.title, 'serif')};
  font-size: ${officialSizes.masthead}pt; line-height: 1.2; letter-spacing: 0.2em; margin: 0; }
.issue { display: flex; justify-content: space-between; border-bottom: 2px solid #c00; padding-bottom: 4pt; margin-bottom: 16pt; font-size: 12pt; }
h1 { font-family: ${cssFamily(officialFonts.title, 'serif')}; font-size: ${officialSizes.title}pt; font-weight: normal; text-align: center; line-height: 1.4; margin: 12pt 0 16pt; }
h2 { font-family: ${cssFamily(officialFonts.heading, 'sans-serif')}; font-size: ${officialSizes.heading}pt; font-weight: normal; margin: 12pt 0 4pt; }
p { text-indent: 2em; margin: 0; }
ol { margin: 0; padding-left: 2em; }
figure { margin: 8pt 0; text-align: center; } figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.5; margin: 6pt 0; }
th, td { border: 1px solid #333; padding: 2pt 4pt; text-align: center; }
th { font-family: ${cssFamily(officialFonts.heading, 'sans-serif')}; font-weight: normal; }
.footnote { margin-top: 16pt; font-size: 12pt; color: #444; text-indent: 0; }
@media print { body { background: #fff; } main { box-shadow: none; margin: 0; padding: 0; max-width: none; } }
@media (max-width: 600px) { main { padding: 12px; margin: 0; font-size: 13pt; line-height: 1.7; } .masthead { font-size: 24pt; } h1 { font-size: 17pt; } }
`;

function block(b: ReportBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'list':
      return `<ol>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ol>`;
    case 'table':
      return `<table><thead><tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(String(c))}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'chart':
      return `<figure>${chartSvg(b.chart)}</figure>`;
  }
}

/** A standalone page (no script, no outside resource): the desk shows it in a sandboxed frame. */
export function renderReportHtml(doc: ReportDocument): string {
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title><style>${style}</style></head><body><main>`,
    `<p class="masthead">${escapeHtml(doc.masthead)}</p>`,
    `<div class="issue"><span>${escapeHtml(doc.issue)}</span></div>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    ...doc.sections.map(
      (s) => `<section><h2>${escapeHtml(s.heading)}</h2>${s.blocks.map(block).join('')}</section>`,
    ),
    `<p class="footnote">${escapeHtml(doc.footnote)}</p>`,
    '</main></body></html>',
  ].join('');
}
