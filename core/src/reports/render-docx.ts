import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartPng } from './charts';
import type { ReportBlock, ReportDocument } from './document';
import { officialFonts, officialSizes } from './fonts';

/** Millimetres to twentieths of a point (Word's page unit). */
const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** Word takes the first face; the others are the preview's fallbacks, Word substitutes by charset. */
const face = (faces: readonly string[]) => ({
  eastAsia: faces[0],
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
});
const pt = (n: number) => n * 2;
/** 三号 at a fixed 28 pt line, first line indented by two characters: the body of an official document. */
const BODY_SPACING = { line: 560, lineRule: LineRuleType.EXACT } as const;
const CHART_WIDTH_PX = 560;

const run = (text: string, fonts: readonly string[], size: number, extra: { color?: string } = {}) =>
  new TextRun({ text, font: face(fonts), size: pt(size), ...extra });

const bodyParagraph = (text: string) =>
  new Paragraph({
    spacing: BODY_SPACING,
    indent: { firstLine: pt(officialSizes.body) * 20 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, officialFonts.body, officialSizes.body)],
  });

const cell = (text: string, header: boolean) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(text, header ? officialFonts.heading : officialFonts.body, 12)],
      }),
    ],
  });

function blocks(b: ReportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [bodyParagraph(b.text)];
    case 'list':
      return b.items.map((item, i) => bodyParagraph(`${i + 1}. ${item}`));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((h) => cell(h, true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((c) => cell(String(c), false)) })),
          ],
        }),
      ];
    case 'chart': {
      const image = chartPng(b.chart);
      const scale = CHART_WIDTH_PX / image.width;
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width: CHART_WIDTH_PX, height: Math.round(image.height * scale) },
              altText: { name: b.chart.title, title: b.chart.title, description: b.chart.title },
            }),
          ],
        }),
      ];
    }
  }
}

/** The report as an A4 Word document in the layout of GB/T 9704 (margins, faces, sizes, page numbers). */
export function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const document = new Document({
    creator: '舆情回应工作台',
    title: doc.title,
    styles: {
      default: { document: { run: { font: face(officialFonts.body), size: pt(officialSizes.body) } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(20) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    font: face(officialFonts.pageNumber),
                    size: pt(officialSizes.pageNumber),
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(doc.masthead, officialFonts.title, officialSizes.masthead, { color: 'C00000' })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { style: BorderStyle.THICK, size: 12, color: 'C00000', space: 4 } },
            children: [run(doc.issue, officialFonts.body, 14)],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 240 },
            children: [run(doc.title, officialFonts.title, officialSizes.title)],
          }),
          ...doc.sections.flatMap((s) => [
            new Paragraph({
              spacing: BODY_SPACING,
              indent: { firstLine: pt(officialSizes.heading) * 20 },
              children: [run(s.heading, officialFonts.heading, officialSizes.heading)],
            }),
            ...s.blocks.flatMap(blocks),
          ]),
          new Paragraph({ spacing: { before: 240 }, children: [run(doc.footnote, officialFonts.body, 12)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
