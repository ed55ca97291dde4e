/**
 * `dvht summary DIR -o OUT.xlsx`: one table over every unit workbook in a folder, for the Phòng, UBND
 * or Sở that receives them. Every spreadsheet-like file in the folder gets a row: a workbook that cannot
 * be read or evaluated says why (an old .xls, an .ods, a damaged file), so no unit silently vanishes; the
 * same unit (name and year) found in two files is flagged on both rows. Only regular files are opened,
 * never a pipe or a device, and each read is bounded. The files are read and assessed on every core
 * (worker threads), with a progress line on a terminal's stderr.
 */
import { readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { formatInteger } from "../../engine/format";
import { fitToExcelLimits } from "../../workbook/excel-limits";
import { buildSummarySheets, type SummaryEntry } from "../../workbook/summary/build-summary";
import type { FileNotRead } from "../../xlsx/assess-file";
import { nodeDeflateRaw } from "../../xlsx/node-deflate";
import { addCounts, countIssues, countLine, exitFor } from "../issue-count";
import { UserError, type Output } from "../output";
import { prepareOutput } from "../output-file";
import { fsReason } from "../output-file/messages";
import { describeUnexpected } from "../unexpected";
import { writtenByDvht } from "../output-file/signature";

export const DEFAULT_SUMMARY = "tong-hop-don-vi.xlsx";

/** Loaded with this command (it is small); it loads the reader and the engine only where it needs them. */
const assessFilesModule = import("../../xlsx/assess-files");

/** A unit's workbook is read only up to this size. */
export const SUMMARY_MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Read as .xlsx (an .xlsm is an .xlsx package with macros, which dvht does not run). */
const READ = /\.(xlsx|xlsm)$/i;
/** Spreadsheets in other formats: listed with the reason they were not read. */
const NOT_READ: Record<string, string> = {
  ".xls": "tệp Excel cũ .xls (Excel 97–2003), dvht không đọc được; hãy mở bằng Excel và lưu thành .xlsx",
  ".xlsb": "tệp Excel nhị phân .xlsb, dvht không đọc được; hãy lưu thành .xlsx",
  ".ods": "tệp LibreOffice .ods, dvht không đọc được; hãy lưu thành .xlsx",
  ".csv": "tệp CSV không có các sheet của hồ sơ; hãy dùng tệp .xlsx của đơn vị",
  ".xltx": "tệp mẫu Excel (.xltx), không phải sổ của đơn vị; hãy lưu thành .xlsx",
  ".xltm": "tệp mẫu Excel (.xltm), không phải sổ của đơn vị; hãy lưu thành .xlsx",
  ".numbers": "tệp Numbers, dvht không đọc được; hãy xuất sang .xlsx",
};

interface Candidate {
  file: string;
  /** Why it is not read, for files listed but not read. */
  skip?: string;
}

async function candidates(dir: string): Promise<Candidate[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new UserError(`Không mở được thư mục “${dir}”: ${fsReason(error)}. Hãy kiểm tra đường dẫn.`);
  }
  const out: Candidate[] = [];
  for (const name of names) {
    // Excel's lock files ("~$…") and hidden files (dvht's own temporaries among them) are not units.
    if (name.startsWith("~$") || name.startsWith(".")) continue;
    const file = path.join(dir, name);
    if (READ.test(name)) out.push({ file });
    else {
      const why = NOT_READ[path.extname(name).toLowerCase()];
      if (why) out.push({ file, skip: `Không đọc: ${why}.` });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file, "vi"));
}

/** A row's reason for a file whose bytes were not read. */
function notReadReason(notRead: FileNotRead): string {
  if (notRead.reason === "notRegular") return "Không đọc: đây không phải tệp thông thường (đường ống, thiết bị hoặc liên kết tới chúng).";
  if (notRead.reason === "tooLarge") return `Không đọc: tệp lớn hơn giới hạn ${Math.round(notRead.max / 1024 / 1024)} MB của dvht.`;
  return `Không đọc được tệp: ${fsReason(notRead)}.`;
}

/**
 * Every readable candidate assessed on every core (src/xlsx/assess-files.ts), a progress line after each
 * file; one file's failure, whatever it is, stays on that file's row and the other units are summarised.
 */
async function entriesFor(files: Candidate[], output: Output, meanwhile: () => void): Promise<SummaryEntry[]> {
  const toRead = files.filter((c) => !c.skip).map((c) => c.file);
  const { assessFiles } = await assessFilesModule;
  const assessing = assessFiles(toRead, {
    maxBytes: SUMMARY_MAX_FILE_BYTES,
    describeError: (error) => `Không đọc được: ${describeUnexpected(error)}`,
    onProgress: (done, total, file) => output.progress?.(`Đang tổng hợp: ${formatInteger(done)}/${formatInteger(total)} tệp (${path.basename(file)})`),
  });
  // The workers (if any) are started by now: what the caller loads meanwhile does not delay them.
  meanwhile();
  const results = await assessing;
  output.progress?.("");
  const byFile = new Map(results.map((r) => [r.file, r]));
  return files.map((c): SummaryEntry => {
    const file = path.basename(c.file);
    if (c.skip) return { file, assessment: null, error: c.skip };
    const r = byFile.get(c.file)!;
    if (r.notRead) return { file, assessment: null, error: notReadReason(r.notRead) };
    return { file, assessment: r.assessment, error: r.error };
  });
}

/** At most this many other files are named in a row's note; the rest are counted. */
const NAMED_DUPLICATES = 5;

/** “a.xlsx”, “b.xlsx” — or the first five and “và 12 tệp khác”: a note stays readable in its cell. */
function namedFiles(files: string[]): string {
  const named = files.slice(0, NAMED_DUPLICATES).map((f) => `“${f}”`).join(", ");
  return files.length > NAMED_DUPLICATES ? `${named} và ${formatInteger(files.length - NAMED_DUPLICATES)} tệp khác` : named;
}

/** The same unit (its name and evaluated year) in two or more files: each row names the others (the first few). */
export function flagDuplicates(entries: SummaryEntry[]): void {
  const byUnit = new Map<string, SummaryEntry[]>();
  for (const entry of entries) {
    const unit = entry.assessment?.input?.unit;
    if (!unit?.name) continue;
    const key = `${unit.name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("vi")}|${unit.year ?? ""}`;
    const group = byUnit.get(key);
    if (group) group.push(entry);
    else byUnit.set(key, [entry]);
  }
  for (const group of byUnit.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = namedFiles(group.filter((e) => e !== entry).map((e) => e.file));
      const year = entry.assessment?.input?.unit.year;
      entry.note = `Trùng đơn vị: cùng tên${year ? ` và năm ${year}` : ""} với ${others}; đơn vị này bị tính nhiều lần, hãy chỉ giữ một tệp.`;
    }
  }
}

export async function summaryCommand(dir: string, options: { output?: string; force?: boolean; strict?: boolean }, output: Output): Promise<number> {
  const out = options.output ?? path.join(dir, DEFAULT_SUMMARY);
  let files = await candidates(dir);
  // The workers boot while the output is checked (they wait, and do not keep the process alive, until the
  // files are handed over).
  (await assessFilesModule).startWorkersAhead(files.filter((c) => !c.skip).length);
  // A summary dvht wrote earlier in the folder is its own output, not a unit: leave it out of the inputs.
  // Only an output among the candidates is opened to look for dvht's marker (a province's earlier summary
  // elsewhere is not read twice before the run).
  const outReal = await realpath(out).catch(() => null);
  if (outReal !== null) {
    const isOutput = await Promise.all(files.map(async (c) => (await realpath(c.file).catch(() => c.file)) === outReal));
    const kept = files.filter((_, i) => !isOutput[i]);
    if (kept.length < files.length && (await writtenByDvht(outReal, "xlsx"))) files = kept;
  }
  if (files.length === 0) throw new UserError(`Thư mục “${dir}” không có tệp .xlsx nào để tổng hợp.`);
  const target = await prepareOutput({ path: out, kind: "xlsx", inputs: files.map((c) => c.file), force: options.force });
  // The writer (dvht's package writer and the charts) loads once the workers have started (this thread
  // waits for them anyway), not before them.
  let writer: Promise<typeof import("../../xlsx/new-workbook")> | undefined;
  const entries = await entriesFor(files, output, () => (writer = import("../../xlsx/new-workbook")));
  flagDuplicates(entries);
  const { models, notes } = fitToExcelLimits(buildSummarySheets(entries));
  const { newWorkbookBytes } = await (writer ?? import("../../xlsx/new-workbook"));
  const { bytes } = newWorkbookBytes(models, { label: out, deflateRaw: nodeDeflateRaw });
  await target.write(bytes);
  const failed = entries.filter((e) => !e.assessment?.evaluation).length;
  const duplicates = entries.filter((e) => e.note).length;
  output.out(`Đã tổng hợp ${entries.length} tệp vào “${out}”${failed ? ` (${failed} tệp không đánh giá được, xem cột Ghi chú)` : ""}.`);
  for (const note of notes) output.out(`Lưu ý: ${note}`);
  if (duplicates) output.out(`Cảnh báo: ${duplicates} tệp là cùng một đơn vị (cùng tên và năm), xem cột Ghi chú.`);
  // A file that could not be read at all is one error of the run; a duplicated unit one warning per file.
  const count = entries.reduce(
    (sum, e) => addCounts(sum, e.assessment ? countIssues(e.assessment.issues) : { errors: 1, warnings: 0 }),
    { errors: 0, warnings: duplicates },
  );
  output.out(countLine(count, options.strict));
  return exitFor(count, options.strict);
}
