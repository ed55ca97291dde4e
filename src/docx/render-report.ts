/**
 * A ReportModel as a .docx, the way Vietnamese administrative documents are set (Nghị định
 * 30/2020/NĐ-CP): A4, Times New Roman 13 pt, margins 20 mm top and bottom, 30 mm left, 15 mm right,
 * the national header in two borderless columns.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBordersOptions,
  type ITableBordersOptions,
} from "docx";
import type { ReportBlock, ReportHeader, ReportModel } from "../workbook/report/model";

const FONT = "Times New Roman";
const SIZE = 26; // half-points: 13 pt
const MM = 56.7; // twips per millimetre
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS: ITableBordersOptions = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_BORDERS: IBordersOptions = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function line(text: string, run: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number } = {}, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER): Paragraph {
  return new Paragraph({
    alignment,
    children: [new TextRun({ text, bold: run.bold, italics: run.italic, underline: run.underline ? {} : undefined, size: run.size })],
  });
}

function nationalHeader(header: ReportHeader): Table {
  const left = [
    ...(header.authority ? [line(header.authority.toLocaleUpperCase("vi"), { size: 24 })] : []),
    line(header.unitName.toLocaleUpperCase("vi"), { bold: true, size: 24 }),
    line(header.number, { size: 24 }),
  ];
  const right = [
    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 24 }),
    line("Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true }),
    line(header.placeAndDate, { italic: true }),
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, children: left }),
          new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, children: right }),
        ],
      }),
    ],
  });
}

function table(block: Extract<ReportBlock, { kind: "table" }>): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text, i) =>
          new TableCell({
            borders: CELL_BORDERS,
            width: { size: block.widths[i] ?? 10, type: WidthType.PERCENTAGE },
            children: [line(text, { bold }, i === 0 && !bold ? AlignmentType.LEFT : AlignmentType.CENTER)],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))],
  });
}

function signature(block: Extract<ReportBlock, { kind: "signature" }>): Table {
  const column = (lines: string[], bold: boolean) =>
    lines.map((text, i) => line(text, { bold: bold && i === 0, italic: !bold || i > 0, size: bold ? SIZE : 22 }, bold ? AlignmentType.CENTER : AlignmentType.LEFT));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: column(block.left, false) }),
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: column(block.right, true) }),
        ],
      }),
    ],
  });
}

function render(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [new Paragraph({ text: "" }), ...block.lines.map((t, i) => line(t, { bold: true, size: i === 0 ? 28 : SIZE }))];
    case "heading":
      return [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: block.text, bold: true, italics: block.level === 3 })] })];
    case "paragraph":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: block.indent ? { firstLine: Math.round(10 * MM) } : undefined,
          children: [new TextRun({ text: block.text, bold: block.bold, italics: block.italic })],
        }),
      ];
    case "table":
      return [table(block), new Paragraph({ text: "" })];
    case "signature":
      return [new Paragraph({ text: "" }), signature(block)];
  }
}

/** The draft line, boxed in red above the national header: nobody should sign this as the final report. */
function draftBanner(text: string): Paragraph {
  const red = { style: BorderStyle.SINGLE, size: 12, color: "C00000", space: 4 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    border: { top: red, bottom: red, left: red, right: red },
    children: [new TextRun({ text, bold: true, color: "C00000", size: 28 })],
  });
}

export function reportDocument(model: ReportModel): Document {
  return new Document({
    creator: "dvht",
    title: `Báo cáo tự đánh giá — ${model.header.unitName}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGINS } },
        children: [...(model.draft ? [draftBanner(model.draft)] : []), nationalHeader(model.header), ...model.blocks.flatMap(render)],
      },
    ],
  });
}

/** The .docx bytes (Node). */
export function reportToBuffer(model: ReportModel): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(model));
}

/** The .docx as a Blob (browser). */
export function reportToBlob(model: ReportModel): Promise<Blob> {
  return Packer.toBlob(reportDocument(model));
}
