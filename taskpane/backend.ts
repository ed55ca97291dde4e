/**
 * Where the task pane's workbook lives: inside Excel (Office.js, src/excel) or, in a plain browser, an
 * .xlsx the user picked from disk, read by the package reader (src/package, as the CLI reads it), with
 * results offered for download. ExcelJS is loaded only to create the template (new-workbooks.ts).
 */
import { writeAppendixInExcel } from "../src/excel/appendix";
import { readExcelWorkbook } from "../src/excel/read";
import { writeSheetModels } from "../src/excel/write";
import { buildAppendixSheets } from "../src/workbook/appendix";
import { assessWorkbookData, type Assessment } from "../src/workbook/assess";
import { extractMapping, mappingToRows, SETTINGS_SHEET_NAME, type WorkbookMapping } from "../src/workbook/mapping";
import type { SheetModel } from "../src/workbook/sheet-model";
import { fitToExcelLimits } from "../src/workbook/excel-limits";
import { templateModels } from "../src/workbook/template-models";
import { appendToPackageBytes } from "../src/xlsx/append-bytes";
import { packageWorkbookData, readPackageChecked } from "../src/xlsx/package-values";
import type { WorkbookData } from "../src/workbook/workbook-data";
import { setSharedMapping } from "../src/functions/shared-state";
import { readPickedFile } from "./assess-bytes";
import { friendlyError, keptText, paneWording } from "./present";
import { runAssessment, type Running } from "./run-assessment";

export interface Loaded {
  data: WorkbookData;
  mapping: WorkbookMapping | null;
  assessment: Assessment;
  label: string;
}

/** Called between the steps of a load so that the pane can say what it is doing. */
export type OnStep = (step: string) => Promise<void> | void;

export interface Backend {
  kind: "excel" | "browser";
  /** Custom functions available: the Phụ lục is written live. */
  liveFormulas: boolean;
  /** The file's name in browser mode; the open workbook in Excel. */
  label: string;
  /** Reads the workbook afresh (browser mode: the file on disk, as it is now) and assesses it. */
  load(onStep?: OnStep): Promise<Loaded>;
  /** Stops a load under way, where it can be stopped (the evaluation worker). */
  cancel?(): void;
  writeTemplate(): Promise<string>;
  writeAppendix(): Promise<string>;
  saveMapping(mapping: WorkbookMapping): Promise<void>;
  selectRows(sheet: string, rows: number[]): Promise<void>;
}

function sameMapping(a: WorkbookMapping, b: WorkbookMapping | null): boolean {
  return b !== null && JSON.stringify(mappingToRows(a)) === JSON.stringify(mappingToRows(b));
}

function settingsModel(mapping: WorkbookMapping): SheetModel {
  return { name: SETTINGS_SHEET_NAME, rows: mappingToRows(mapping).map((r) => r.map((v) => ({ value: v }))), merges: [], columnWidths: [20, 24, 24, 24] };
}

// ── Excel ────────────────────────────────────────────────────────────────────────────────────────────
export function excelBackend(): Backend {
  const live = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("CustomFunctionsRuntime", "1.1") === true;
  let running: Running | null = null;
  return {
    kind: "excel",
    liveFormulas: live,
    label: "sổ làm việc đang mở",
    async load(onStep) {
      await onStep?.("Đang đọc các trang tính");
      // Office.js reads on this page; the evaluation itself runs in the worker.
      const read = await Excel.run((context) => readExcelWorkbook(context));
      setSharedMapping(read.mapping);
      running = runAssessment({ data: read.data }, read.mapping, (step) => onStep?.(step));
      const result = await running.result;
      running = null;
      return { ...result, label: "sổ làm việc đang mở" };
    },
    cancel() {
      running?.cancel();
      running = null;
    },
    async writeTemplate() {
      const r = await Excel.run((context) => writeSheetModels(context, templateModels(), { formulas: false }));
      return `Đã tạo các trang tính: ${r.written.join(", ")}.` + keptText(r.kept);
    },
    async writeAppendix() {
      const r = await Excel.run((context) => writeAppendixInExcel(context, live));
      return `Đã ghi Phụ lục: ${r.written.join(", ")}.` + keptText(r.kept) + (r.live ? " Số liệu và mức đạt là công thức, tự cập nhật khi sửa dữ liệu." : " Máy này không hỗ trợ hàm tùy chỉnh (ví dụ Excel 2019/2021, iPad) nên dvht ghi giá trị; bấm lại “Ghi Phụ lục” sau khi sửa dữ liệu.");
    },
    async saveMapping(mapping) {
      await Excel.run((context) => writeSheetModels(context, [settingsModel(mapping)], { formulas: false, hidden: true }));
      setSharedMapping(mapping);
    },
    async selectRows(sheet, rows) {
      if (rows.length === 0) return;
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        const address = rows.slice(0, 200).map((r) => `${r}:${r}`).join(",");
        ws.getRanges(address).select();
        await context.sync();
      });
    },
  };
}

// ── Plain browser ────────────────────────────────────────────────────────────────────────────────────
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function download(bytes: ArrayBuffer | Uint8Array | Blob, name: string): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** “Tạo mẫu nhập liệu” outside Excel: the blank input workbook, downloaded (no file needs to be open). */
export async function downloadTemplate(): Promise<string> {
  const { templateBytes } = await import(/* webpackChunkName: "new-workbook" */ "./new-workbooks");
  download(await templateBytes(), "mau-nhap-lieu-dvht.xlsx");
  return "Đã tải xuống tệp mẫu mau-nhap-lieu-dvht.xlsx.";
}

/**
 * A workbook picked from disk. `read` gives the file's bytes as they are now: every action reads the file
 * again, so a clerk who fixes the file in Excel and comes back sees the fixed data.
 */
export function browserBackend(file: { name: string; read: () => Promise<ArrayBuffer> }): Backend {
  let mapping: WorkbookMapping | null = null;
  let running: Running | null = null;
  const base = file.name.replace(/\.xlsx$/i, "");
  return {
    kind: "browser",
    liveFormulas: false,
    label: file.name,
    async load(onStep) {
      await onStep?.("Đang đọc tệp");
      const bytes = await file.read();
      running = runAssessment({ bytes, name: file.name }, mapping, (step) => onStep?.(step));
      const result = await running.result;
      running = null;
      // A mapping saved in this session but not yet in the file wins over the file's.
      mapping = result.mapping;
      return { ...result, label: file.name };
    },
    cancel() {
      running?.cancel();
      running = null;
    },
    writeTemplate: downloadTemplate,
    async writeAppendix() {
      // The Phụ lục is added to the file as it is now, by the package writer as `dvht appendix` adds it:
      // every part of the unit's file is kept, dvht's earlier sheets replaced only while unchanged.
      const bytes = new Uint8Array(await file.read());
      const contents = readPackageChecked(bytes, file.name);
      const extracted = extractMapping(packageWorkbookData(contents));
      mapping = mapping ?? extracted.mapping;
      const assessment = assessWorkbookData(extracted.data, { mapping });
      if (assessment.kind === "refused") throw new Error("Chưa đánh giá được tệp này: sửa các lỗi rồi bấm “Đánh giá”.");
      const { models, notes } = fitToExcelLimits(buildAppendixSheets(assessment.evaluation, assessment.input.selfAssessments, assessment.ruleSet));
      // A Ghép cột saved in this session only goes into the file with the Phụ lục; one the file has is left as it is.
      const withSettings = mapping && !sameMapping(mapping, extracted.mapping) ? [...models, settingsModel(mapping)] : models;
      const r = appendToPackageBytes(bytes, withSettings, contents, file.name);
      download(r.bytes, `${base}-phu-luc.xlsx`);
      return (
        `Đã tải xuống ${base}-phu-luc.xlsx với các trang tính: ${r.written.join(", ")}.` + keptText(r.kept) + (notes.length ? ` ${paneWording(notes.join(" "))}` : "")
      );
    },
    async saveMapping(m) {
      mapping = m;
    },
    async selectRows() {},
  };
}

// ── Both ─────────────────────────────────────────────────────────────────────────────────────────────
/** “Tải báo cáo (Word)”: the Báo cáo tự đánh giá of the loaded workbook, downloaded as .docx. */
export async function downloadReport(loaded: Loaded): Promise<string> {
  if (loaded.assessment.kind === "refused") throw new Error("Chưa đánh giá được sổ làm việc này: sửa các lỗi rồi bấm “Đánh giá”.");
  const { evaluation, input, ruleSet } = loaded.assessment;
  // The Word library is loaded only when a report is asked for.
  const [{ buildReport }, { reportToBlob }] = await Promise.all([
    import("../src/workbook/report/build-report"),
    import("../src/docx/render-report"),
  ]);
  const name = `${(evaluation.unit.name ?? "don-vi").replace(/[\\/:*?"<>|]+/g, "-")} - bao cao tu danh gia.docx`;
  download(await reportToBlob(buildReport(evaluation, input.selfAssessments, ruleSet)), name);
  return `Đã tải xuống báo cáo “${name}”.`;
}

/** The evaluator's summary over several workbooks picked from disk; an unreadable one keeps its row. */
export async function downloadSummary(files: { name: string; bytes: ArrayBuffer }[]): Promise<string> {
  const [{ buildSummarySheets }, { newWorkbookBytes }] = await Promise.all([
    import("../src/workbook/summary/build-summary"),
    import(/* webpackChunkName: "summary-workbook" */ "../src/xlsx/new-workbook"),
  ]);
  const entries = [];
  for (const file of files) {
    try {
      entries.push({ file: file.name, assessment: assessWorkbookData(readPickedFile(file.bytes, file.name)), error: null });
    } catch (error) {
      entries.push({ file: file.name, assessment: null, error: `Không đọc được tệp: ${friendlyError(error)}` });
    }
  }
  const models = buildSummarySheets(entries);
  download(newWorkbookBytes(models, { label: "tong-hop-don-vi.xlsx" }).bytes, "tong-hop-don-vi.xlsx");
  const failed = entries.filter((e) => !e.assessment?.evaluation).length;
  return `Đã tổng hợp ${entries.length} tệp vào tong-hop-don-vi.xlsx${failed ? ` (${failed} tệp không đánh giá được)` : ""}.`;
}
